/// The page's inline style sheet: Devanagari-first fonts (Debian's fonts-noto-core), one colour per kind
/// of period, and a print layout that drops the interactive parts and keeps every entry whole.
enum HTMLTimelineStyle {
    /// The kinds of period that get their own colour, as class suffixes (`mark-day`, `entry-month` …).
    static let kinds = ["day", "week", "month", "season", "year", "long", "other"]

    /// The colour of each kind, and of the page's ink, muted text, lines and paper.
    static let colours: [String: String] = [
        "day": "#c0392b", "week": "#d35400", "month": "#1f6fb2", "season": "#138d75", "year": "#7d3c98",
        "long": "#566573", "other": "#95a5a6",
        "ink": "#1f2328", "muted": "#57606a", "line": "#d0d7de", "band": "#f6f8fa", "paper": "#ffffff", "hit": "#fff3bf",
        "pick": "#e7f0fa",
    ]

    static let css = """
    :root {
      color-scheme: light;
      \(colours.sorted { $0.key < $1.key }.map { "--\($0.key): \($0.value);" }.joined(separator: " "))
    }
    * { box-sizing: border-box; }
    html {
      font-family: "Noto Sans Devanagari", "Nirmala UI", "Kohinoor Devanagari", "Mangal", "Noto Sans", sans-serif;
      color: var(--ink); background: var(--paper); line-height: 1.5;
    }
    body { margin: 0 auto; max-width: 1200px; padding: 20px 24px 40px; }
    h1 { font-size: 1.7rem; margin: 0 0 2px; }
    h2 { font-size: 1.15rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    .facts, .filters { margin: 0; color: var(--muted); }
    .facts strong { color: var(--ink); font-weight: 600; }
    .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 10px 0 0;
      font-size: .85rem; color: var(--muted); }
    .swatch { display: inline-block; width: 16px; height: 10px; border-radius: 3px; margin-right: 6px; }
    .swatch.point { width: 10px; border-radius: 50%; }
    figure { margin: 18px 0 6px; }
    svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
    .axis-line, .tick { stroke: var(--muted); stroke-width: 1; }
    .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 3 3; }
    .band { fill: var(--band); }
    .tick-label { font-size: 12px; fill: var(--muted); }
    .mark { cursor: pointer; }
    .mark circle, .mark rect { stroke: var(--paper); stroke-width: 1.5; }
    .mark .label { font-size: 12px; fill: var(--ink); font-variant-numeric: tabular-nums; }
    .mark .label.inside { fill: #ffffff; }
    .mark:hover circle, .mark:hover rect, .mark:focus circle, .mark:focus rect,
    .mark.pinned circle, .mark.pinned rect { stroke: var(--ink); stroke-width: 2; }
    .mark:focus { outline: none; }
    .mark.realis-planned circle, .mark.realis-planned rect, .mark.realis-hypothetical circle,
    .mark.realis-hypothetical rect, .swatch.unreal { fill-opacity: .18; stroke: var(--ink); stroke-dasharray: 3 2; }
    .mark.realis-negated circle, .mark.realis-negated rect { fill-opacity: .08; stroke: var(--muted); stroke-dasharray: 1 2; }
    .swatch.unreal { background: transparent; border: 1.5px dashed var(--ink); box-sizing: border-box; }
    figcaption { font-size: .85rem; color: var(--muted); }
    ol.entries { list-style: none; padding: 0; margin: 0; }
    .entry { margin: 0 0 10px; padding: 8px 12px; border-left: 4px solid var(--other); border-radius: 0 6px 6px 0; }
    .entry:target, .entry.selected { background: var(--pick); }
    .entry-when { margin: 0; font-weight: 600; }
    .entry-when .granularity, .entry-when .days { font-weight: normal; color: var(--muted); font-size: .9rem; margin-left: 8px; }
    .sentence { margin: 2px 0 4px; font-size: 1.05rem; }
    .sentence mark { background: var(--hit); color: inherit; padding: 0 2px; border-radius: 3px; }
    .entry-meta { margin: 0; font-size: .85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 18px; }
    .entry-meta a { color: var(--month); }
    code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; }
    .empty { padding: 28px; border: 1px dashed var(--line); border-radius: 8px; color: var(--muted); text-align: center; }
    .popup { position: absolute; z-index: 10; max-width: 520px; padding: 10px 14px; background: var(--paper);
      border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, .16); }
    .popup .entry-when, .popup .sentence, .popup .entry-meta { margin: 2px 0; }
    .popup .to-list { display: inline-block; margin-top: 4px; font-size: .85rem; color: var(--month); }
    \(kinds.map { ".mark-\($0) circle, .mark-\($0) rect, .swatch-\($0) { fill: var(--\($0)); background: var(--\($0)); }" }.joined(separator: "\n"))
    \(kinds.map { ".entry-\($0) { border-left-color: var(--\($0)); }" }.joined(separator: "\n"))
    @page { margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      .popup, figcaption { display: none !important; }
      figure { break-inside: avoid; }
      .entry { break-inside: avoid; padding: 3px 8px; margin-bottom: 6px; }
      .entry:target, .entry.selected { background: none; }
      .entry-meta a { color: inherit; text-decoration: none; }
      .entry-meta a[href]::after { content: " <" attr(href) ">"; word-break: break-all; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
