import Postgres

/// The tables of a database's own schemas (every schema but `pg_*` and `information_schema`), as
/// the catalog describes them: columns, keys (`pg_constraint` primary keys, unique and exclusion
/// constraints, and the other unique indexes of `pg_index`), foreign keys and triggers.
/// Table names are qualified, `schema.table`.
struct SchemaCatalog {
    struct Column: Equatable {
        var name: String
        var type: String
        /// An identity column or one whose default draws from a sequence.
        var generated: Bool
    }

    /// A primary key, unique or exclusion constraint, or a unique index that backs none.
    struct Key: Equatable {
        var table: String
        var name: String
        /// `primary key`, `unique`, `exclusion` or `unique index`.
        var kind: String
        /// Key columns in order; an index's INCLUDE columns and expressions are not among them.
        var columns: [String]
    }

    struct ForeignKey: Equatable {
        var table: String
        var name: String
        var columns: [String]
        var referencedTable: String
        var referencedColumns: [String]
    }

    var columns: [String: [Column]]
    var keys: [Key]
    var foreignKeys: [ForeignKey]
    /// Triggers created by the schema (not the ones PostgreSQL makes for foreign keys): table → names.
    var triggers: [String: Set<String>]

    /// Every table, sorted.
    var tables: [String] { columns.keys.sorted() }

    /// The type of `column` of `table`, as `format_type` writes it.
    func type(of column: String, in table: String) -> String? { columns[table]?.first { $0.name == column }?.type }

    /// Schemas the application does not own.
    private static let systemSchemas = ["pg_catalog", "information_schema"]
    private static let systemPrefix = "pg\\_%"

    /// Reads the catalog of the database `connection` is connected to.
    static func read(_ connection: PostgresConnection) throws -> SchemaCatalog {
        let own: [PostgresValue] = [.array(systemSchemas), .text(systemPrefix)]
        var columns: [String: [Column]] = [:]
        for row in try connection.query("""
            SELECT n.nspname || '.' || c.relname AS table_name, a.attname::text AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS type,
                   a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS generated
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND n.nspname <> ALL ($1::text[]) AND n.nspname NOT LIKE $2
            ORDER BY 1, a.attnum
            """, own) {
            columns[try row.string("table_name"), default: []].append(Column(
                name: try row.string("column_name"), type: try row.string("type"), generated: try row.bool("generated")))
        }

        var keys: [Key] = []
        for row in try connection.query("""
            SELECT n.nspname || '.' || c.relname AS table_name, x.conname::text AS name,
                   CASE x.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique' ELSE 'exclusion' END AS kind,
                   ARRAY(SELECT a.attname::text FROM unnest(x.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = x.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
            FROM pg_constraint x
            JOIN pg_class c ON c.oid = x.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE x.contype IN ('p', 'u', 'x') AND n.nspname <> ALL ($1::text[]) AND n.nspname NOT LIKE $2
            UNION ALL
            SELECT n.nspname || '.' || c.relname, ic.relname::text, 'unique index',
                   ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.indisunique AND n.nspname <> ALL ($1::text[]) AND n.nspname NOT LIKE $2
              AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype IN ('p', 'u', 'x'))
            ORDER BY 1, 2
            """, own) {
            keys.append(Key(table: try row.string("table_name"), name: try row.string("name"), kind: try row.string("kind"),
                            columns: try row.stringArray("columns")))
        }

        var foreignKeys: [ForeignKey] = []
        for row in try connection.query("""
            SELECT n.nspname || '.' || c.relname AS table_name, x.conname::text AS name,
                   ARRAY(SELECT a.attname::text FROM unnest(x.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = x.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
                   fn.nspname || '.' || fc.relname AS referenced_table,
                   ARRAY(SELECT a.attname::text FROM unnest(x.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = x.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced_columns
            FROM pg_constraint x
            JOIN pg_class c ON c.oid = x.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class fc ON fc.oid = x.confrelid
            JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE x.contype = 'f' AND n.nspname <> ALL ($1::text[]) AND n.nspname NOT LIKE $2
            ORDER BY 1, 2
            """, own) {
            foreignKeys.append(ForeignKey(
                table: try row.string("table_name"), name: try row.string("name"), columns: try row.stringArray("columns"),
                referencedTable: try row.string("referenced_table"), referencedColumns: try row.stringArray("referenced_columns")))
        }

        var triggers: [String: Set<String>] = [:]
        for row in try connection.query("""
            SELECT n.nspname || '.' || c.relname AS table_name, t.tgname::text AS name
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND n.nspname <> ALL ($1::text[]) AND n.nspname NOT LIKE $2
            """, own) {
            triggers[try row.string("table_name"), default: []].insert(try row.string("name"))
        }
        return SchemaCatalog(columns: columns, keys: keys, foreignKeys: foreignKeys, triggers: triggers)
    }
}
