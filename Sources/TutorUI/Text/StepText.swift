import LessonKit

/// Turns a step's Markdown blocks into wrapped, styled lines. This is the one place the UI renders lesson
/// text; it is a plain stand-in until TextRender's renderer is on main, and then only its body changes.
public enum StepText {
    /// The lines of `blocks` at `width` columns, with `gap` blank lines between blocks.
    public static func lines(_ blocks: [Block], width: Int, gap: Int = 1) -> [StyledLine] {
        var result: [StyledLine] = []
        for block in blocks {
            if !result.isEmpty { result += Array(repeating: .empty, count: gap) }
            result += lines(block, width: max(1, width), gap: gap)
        }
        return result
    }

    private static func lines(_ block: Block, width: Int, gap: Int) -> [StyledLine] {
        switch block {
        case .heading(let level, let content):
            let style = Style(.heading, bold: true, underline: level == 1)
            return TextWrap.wrap(spans(content, base: style), width: width)
        case .paragraph(let content):
            return TextWrap.wrap(spans(content, base: .plain), width: width)
        case .code(_, _, let text):
            return codeLines(text, width: width)
        case .blockQuote(let blocks):
            return prefixed(lines(blocks, width: width - 2, gap: gap), first: "│ ", rest: "│ ", style: Style(.muted))
        case .list(let list):
            return listLines(list, width: width, gap: gap)
        case .table(let table):
            return tableLines(table, width: width)
        case .thematicBreak:
            return [StyledLine(String(repeating: "─", count: min(width, 40)), Style(.muted))]
        }
    }

    private static func codeLines(_ text: String, width: Int) -> [StyledLine] {
        let style = Style(.code)
        var result: [StyledLine] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let wrapped = TextWrap.wrap([Span(String(line).replacingTabs(), style)], width: max(1, width - 2))
            result += wrapped.map { StyledLine([Span("  ")] + $0.spans) }
        }
        if result.last?.plainText.allSatisfy({ $0 == " " }) == true { result.removeLast() }
        return result
    }

    private static func listLines(_ list: ListBlock, width: Int, gap: Int) -> [StyledLine] {
        var result: [StyledLine] = []
        for (index, item) in list.items.enumerated() {
            var marker = list.ordered ? "\(list.start + index)." : "-"
            switch item.task {
            case .open: marker += " [ ]"
            case .done: marker += " [x]"
            case nil: break
            }
            marker += " "
            let indent = ColumnWidth.of(marker)
            let body = lines(item.blocks, width: width - indent, gap: list.tight ? 0 : 1)
            result += prefixed(body, first: marker, rest: String(repeating: " ", count: indent), style: .plain)
            if !list.tight && index < list.items.count - 1 { result.append(.empty) }
        }
        return result
    }

    private static func tableLines(_ table: TableBlock, width: Int) -> [StyledLine] {
        let header = table.header.map { plain($0) }
        let rows = table.rows.map { $0.map { plain($0) } }
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = Array(repeating: 0, count: columns)
        for row in [header] + rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], ColumnWidth.of(cell)) }
        }
        let total = widths.reduce(0, +) + max(0, columns - 1) * 3
        if total > width {
            // Too wide to lay out as a grid: one "header: value" line per cell.
            var result: [StyledLine] = []
            for row in rows {
                for (i, cell) in row.enumerated() {
                    let name = i < header.count ? header[i] + ": " : ""
                    result += TextWrap.wrap([Span(name, Style(bold: true)), Span(cell)], width: width, indent: 2)
                }
                result.append(.empty)
            }
            if result.last == .empty { result.removeLast() }
            return result
        }
        func line(_ cells: [String], _ style: Style) -> StyledLine {
            let padded = (0..<columns).map { i -> String in
                let cell = i < cells.count ? cells[i] : ""
                return cell + String(repeating: " ", count: widths[i] - ColumnWidth.of(cell))
            }
            return StyledLine(padded.joined(separator: " │ "), style)
        }
        let rule = StyledLine(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), Style(.muted))
        return [line(header, Style(bold: true)), rule] + rows.map { line($0, .plain) }
    }

    private static func prefixed(_ body: [StyledLine], first: String, rest: String, style: Style) -> [StyledLine] {
        body.enumerated().map { index, line in
            StyledLine([Span(index == 0 ? first : rest, style)] + line.spans)
        }
    }

    /// Inline content as spans; styles nest by adding attributes to `base`.
    static func spans(_ inlines: [Inline], base: Style) -> [Span] {
        inlines.flatMap { inline -> [Span] in
            switch inline {
            case .text(let text): return [Span(text, base)]
            case .code(let text): return [Span(text, Style(.code, bold: base.bold))]
            case .emphasis(let inner):
                var style = base
                style.italic = true
                if style.role == .plain { style.role = .emphasis }
                return spans(inner, base: style)
            case .strong(let inner):
                var style = base
                style.bold = true
                return spans(inner, base: style)
            case .strikethrough(let inner):
                var style = base
                style.dim = true
                return spans(inner, base: style)
            case .link(let text, _):
                var style = base
                style.underline = true
                style.role = .link
                return spans(text, base: style)
            case .image(let alt, _): return [Span("[" + alt + "]", Style(.muted))]
            case .softBreak: return [Span(" ", base)]
            case .lineBreak: return [Span("\n", base)]
            }
        }
    }

    /// Inline content as unstyled text.
    static func plain(_ inlines: [Inline]) -> String { spans(inlines, base: .plain).map(\.text).joined() }
}

private extension String {
    func replacingTabs() -> String { replacing("\t", with: "    ") }
}
