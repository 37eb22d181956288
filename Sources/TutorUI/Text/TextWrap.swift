/// Word wrapping by display width. Words longer than a line are broken between characters, so Hangul and
/// long identifiers never run off the screen. (Stand-in until TextRender's wrapper is on main.)
public enum TextWrap {
    /// Wraps plain text into lines no wider than `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([Span(text)], width: width).map(\.plainText)
    }

    /// Wraps styled spans into lines no wider than `width`; `indent` columns start every line after the first.
    public static func wrap(_ spans: [Span], width: Int, indent: Int = 0) -> [StyledLine] {
        var builder = LineBuilder(width: max(1, width), indent: min(max(0, indent), max(1, width) - 1))
        for token in tokens(spans) {
            switch token {
            case .newline:
                builder.newLine()
            case .space:
                if !builder.atLineStart { builder.pendingSpace = true }
            case .word(let parts):
                builder.place(parts)
            }
        }
        builder.lines.append(builder.current)
        return builder.lines
    }

    /// Accumulates lines; `used` counts the columns of the current line.
    private struct LineBuilder {
        let width: Int
        let indent: Int
        var lines: [StyledLine] = []
        var current = StyledLine()
        var used = 0
        var atLineStart = true
        var pendingSpace = false

        init(width: Int, indent: Int) {
            self.width = width
            self.indent = indent
        }

        mutating func newLine() {
            lines.append(current)
            current = StyledLine(indent > 0 ? [Span(String(repeating: " ", count: indent))] : [])
            used = indent
            atLineStart = true
            pendingSpace = false
        }

        /// Places a word on this line if it fits, else on the next, breaking it if it is wider than a line.
        mutating func place(_ parts: [Span]) {
            let wordWidth = parts.reduce(0) { $0 + ColumnWidth.of($1.text) }
            let gap = pendingSpace ? 1 : 0
            if used + gap + wordWidth <= width {
                if pendingSpace { append(Span(" ")) }
                parts.forEach { append($0) }
                used += gap + wordWidth
            } else {
                if !atLineStart { newLine() }
                for part in parts {
                    for character in part.text {
                        let w = ColumnWidth.of(character)
                        if used + w > width, !atLineStart || used > indent { newLine() }
                        append(Span(String(character), part.style))
                        used += w
                        atLineStart = false
                    }
                }
            }
            atLineStart = false
            pendingSpace = false
        }

        mutating func append(_ span: Span) {
            guard !span.text.isEmpty else { return }
            if let last = current.spans.last, last.style == span.style {
                current.spans[current.spans.count - 1].text += span.text
            } else {
                current.spans.append(span)
            }
        }
    }

    private enum Token {
        case word([Span])
        case space
        case newline
    }

    /// Splits spans into words (which may mix styles, like `code`, followed by a comma), spaces and newlines.
    private static func tokens(_ spans: [Span]) -> [Token] {
        var result: [Token] = []
        var word: [Span] = []
        func flush() {
            if !word.isEmpty { result.append(.word(word)) }
            word = []
        }
        for span in spans {
            var text = ""
            for character in span.text {
                if character == " " || character == "\t" || character == "\n" {
                    if !text.isEmpty { word.append(Span(text, span.style)) }
                    text = ""
                    flush()
                    result.append(character == "\n" ? .newline : .space)
                } else {
                    text.append(character)
                }
            }
            if !text.isEmpty { word.append(Span(text, span.style)) }
        }
        flush()
        return result
    }
}
