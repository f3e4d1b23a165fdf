import Foundation

/// JSON configuration text to ``ConfigValue``s.
///
/// Example: `{"feeds": [{"name": "desh", "interval_seconds": 300}]}` →
/// `.table(["feeds": .array([.table(["name": .string("desh"), "interval_seconds": .integer(300)])])])`.
enum JSONConfig {
    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable"
            throw ConfigError(file: file, reason: "is not valid JSON (\(detail))")
        }
        return try value(object, file: file, key: "")
    }

    private static func value(_ object: Any, file: String, key: String) throws(ConfigError) -> ConfigValue {
        switch object {
        case let string as String: return .string(string)
        case let number as NSNumber:
            let kind = number.objCType.pointee
            if kind == CChar(UInt8(ascii: "c")) || kind == CChar(UInt8(ascii: "B")) { return .bool(number.boolValue) }
            if let integer = Int64(exactly: number.doubleValue), !"\(number)".contains(".") { return .integer(integer) }
            return .float(number.doubleValue)
        case let array as [Any]:
            var items: [ConfigValue] = []
            for (index, item) in array.enumerated() { items.append(try value(item, file: file, key: "\(key)[\(index)]")) }
            return .array(items)
        case let dictionary as [String: Any]:
            var table: [String: ConfigValue] = [:]
            for (name, item) in dictionary {
                table[name] = try value(item, file: file, key: key.isEmpty ? name : "\(key).\(name)")
            }
            return .table(table)
        default:
            throw ConfigError(file: file, key: key.isEmpty ? nil : key, reason: "null is not a value; leave the key out instead")
        }
    }
}
