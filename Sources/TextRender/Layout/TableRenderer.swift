import LessonKit
import TextKernel

/// Lays a GFM table out to fit a width: natural column widths when they fit, otherwise the widest columns
/// shrink first (words are kept whole as long as possible) and cells wrap. A table that cannot fit even
/// with narrow columns is shown as one "header: value" record per row instead.
public struct TableRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = .standard) { self.options = options }

    /// Words up to this width are never split in a grid; if they cannot fit, the record layout reads better.
    static let unsplittableWord = 10

    public func render(_ table: TableBlock, width: Int) -> [StyledLine] {
        let width = max(1, width)
        let columnCount = max(table.alignments.count, table.header.count, table.rows.map { $0.count }.max() ?? 0)
        guard columnCount > 0 else { return [] }
        let inlineRenderer = InlineRenderer(options: options)
        let header = cells(table.header, count: columnCount, style: Style.markup(.tableHeader), using: inlineRenderer)
        let rows = table.rows.map { cells($0, count: columnCount, style: .plain, using: inlineRenderer) }
        guard let widths = columnWidths(header: header, rows: rows, width: width) else {
            return records(header: header, rows: rows, width: width)
        }
        return grid(header: header, rows: rows, widths: widths, alignments: table.alignments)
    }

    /// One cell's hard-break-separated lines, per column (missing cells are empty).
    private func cells(_ row: [[Inline]], count: Int, style: Style, using renderer: InlineRenderer) -> [[StyledLine]] {
        (0..<count).map { index in
            index < row.count ? renderer.render(row[index], base: style) : [StyledLine()]
        }
    }

    /// Column content widths that fit `width` with borders, or nil when the table cannot fit usefully.
    func columnWidths(header: [[StyledLine]], rows: [[[StyledLine]]], width: Int) -> [Int]? {
        let count = header.count
        var natural = [Int](repeating: 1, count: count)          // at least 1 column each
        var longestWord = [Int](repeating: 1, count: count)
        for row in CollectionOfOne(header) + rows {
            for column in 0..<count {
                natural[column] = max(natural[column], Self.naturalWidth(row[column]))
                longestWord[column] = max(longestWord[column], Self.longestWord(row[column]))
            }
        }
        let room = width - (3 * count + 1)                     // "│ " before each cell, " │" after the last
        if natural.reduce(0, +) <= room { return natural }     // fits as it is (floors are never above natural)
        let floors = zip(longestWord, natural).map { min($0, $1, Self.unsplittableWord) }
        guard room >= floors.reduce(0, +) else { return nil }
        var widths = natural
        shrink(&widths, toTotal: room, floors: zip(longestWord, natural).map { min($0, $1) })
        shrink(&widths, toTotal: room, floors: floors)
        return widths
    }

    /// Takes one column at a time from the widest column still above its floor.
    private func shrink(_ widths: inout [Int], toTotal total: Int, floors: [Int]) {
        while widths.reduce(0, +) > total {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] })
            else { return }
            widths[widest] -= 1
        }
    }

    private static func naturalWidth(_ cell: [StyledLine]) -> Int { cell.map { $0.width }.max() ?? 0 }

    private static func longestWord(_ cell: [StyledLine]) -> Int {
        cell.map(longestWord).max() ?? 0
    }

    /// The widest space-separated word of a line (a word may run across spans).
    static func longestWord(_ line: StyledLine) -> Int {
        // Each word as a String of its own: DisplayWidth reads its ASCII on bytes (a Substring would be measured
        // through the generic path, character by character).
        line.plainText.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    private func grid(header: [[StyledLine]], rows: [[[StyledLine]]], widths: [Int],
                      alignments: [TableBlock.Alignment]) -> [StyledLine] {
        let box = options.glyphs.box
        let wrappedRows = rows.map { wrap($0, widths: widths) }
        let separatesRows = wrappedRows.contains { $0.count > 1 }
        let rules = widths.map { RepeatedText.of(box.horizontal, count: $0 + 2) }   // shared by the borders
        var lines = [border(box.top, rules)]
        lines += rowLines(wrap(header, widths: widths), widths: widths, alignments: alignments)
        lines.append(border(box.middle, widths.map { RepeatedText.of(box.headerHorizontal, count: $0 + 2) }))
        for (index, row) in wrappedRows.enumerated() {
            if separatesRows && index > 0 { lines.append(border(box.middle, rules)) }
            lines += rowLines(row, widths: widths, alignments: alignments)
        }
        lines.append(border(box.bottom, rules))
        return lines
    }

    /// A row's cells wrapped to their columns: [screen line][column].
    private func wrap(_ row: [[StyledLine]], widths: [Int]) -> [[StyledLine]] {
        // The usual row: one line per cell that wrapping would leave alone (checked the way TextWrapper does).
        if zip(row, widths).allSatisfy({ cell, width in cell.count == 1 && TextWrapper.fitsAsItIs(cell[0], width: width) }) {
            return [row.map { $0[0] }]
        }
        let columns = zip(row, widths).map { cell, width in
            cell.count == 1 ? TextWrapper.wrap(cell[0], width: width) : cell.flatMap { TextWrapper.wrap($0, width: width) }
        }
        let height = columns.map { $0.count }.max() ?? 1
        if height == 1 { return [columns.map { $0.first ?? StyledLine() }] }          // the usual one-line row
        return (0..<height).map { line in columns.map { line < $0.count ? $0[line] : StyledLine() } }
    }

    /// Each screen line of a row: bars, a space of margin either side, and cells padded to their alignment.
    /// Appended piece by piece into one line (same-style pieces merge as they would joining whole lines).
    private func rowLines(_ row: [[StyledLine]], widths: [Int], alignments: [TableBlock.Alignment]) -> [StyledLine] {
        let bar = String(options.glyphs.box.vertical)
        let barStyle = Style.markup(.tableBorder)
        return row.map { cells in
            var line = StyledLine()
            for (column, cell) in cells.enumerated() {
                let alignment = column < alignments.count ? alignments[column] : .none
                let gap = max(0, widths[column] - cell.width)
                let before = switch alignment {
                case .right: gap
                case .center: gap / 2
                case .left, .none: 0
                }
                line.append(bar, barStyle)
                line.append(DisplayWidth.spaces(1 + before))
                line.append(contentsOf: cell)
                line.append(DisplayWidth.spaces(gap - before + 1))
            }
            line.append(bar, barStyle)
            return line
        }
    }

    /// A border line: the joints around each column's horizontal rule (each rule spans the cell and its margins).
    private func border(_ joints: (left: Character, middle: Character, right: Character), _ rules: [String]) -> StyledLine {
        var text = String(joints.left)
        for (index, rule) in rules.enumerated() {
            if index > 0 { text.append(joints.middle) }
            text += rule
        }
        text.append(joints.right)
        return StyledLine(text, Style.markup(.tableBorder))
    }

    /// The narrow-screen layout: each row as "header: value" lines, rows separated by a blank line.
    private func records(header: [[StyledLine]], rows: [[[StyledLine]]], width: Int) -> [StyledLine] {
        if rows.isEmpty {                                  // only a header: list the column names
            let names = header.map { $0.reduce(StyledLine(), +) }
            var line = StyledLine()
            for (index, name) in names.enumerated() {
                if index > 0 { line.append(", ", Style.markup(.tableHeader)) }
                line.append(contentsOf: name)
            }
            return TextWrapper.wrap(line, width: width)
        }
        var lines: [StyledLine] = []
        for (index, row) in rows.enumerated() {
            if index > 0 { lines.append(StyledLine()) }
            for (name, value) in zip(header, row) {
                var entry = StyledLine()
                for (position, part) in name.enumerated() {
                    if position > 0 { entry.append(" ", Style.markup(.tableHeader)) }
                    entry.append(contentsOf: part)
                }
                entry.append(": ", Style.markup(.tableHeader))
                for (position, part) in value.enumerated() {
                    if position > 0 { entry.append(" ") }
                    entry.append(contentsOf: part)
                }
                lines += TextWrapper.wrap(entry, width: width)
            }
        }
        return lines
    }
}
