/// One screen line of styled text; never contains a newline. Its width is measured in columns, never in
/// characters.
public struct StyledLine: Hashable, Sendable, ExpressibleByArrayLiteral, ExpressibleByStringLiteral {
    public var spans: [StyledSpan]

    public init(_ spans: [StyledSpan] = []) { self.spans = spans }
    public init(arrayLiteral spans: StyledSpan...) { self.spans = spans }
    public init(_ text: String, _ style: Style = .plain) { self.spans = text.isEmpty ? [] : [StyledSpan(text, style)] }
    public init(stringLiteral text: String) { self.init(text) }

    /// A line with nothing on it.
    public static let empty = StyledLine()

    /// Columns the line occupies.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The text without styles (for tests, search and plain output).
    public var plainText: String {
        switch spans.count {
        case 0: ""
        case 1: spans[0].text
        default: spans.map { $0.text }.joined()
        }
    }

    public var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }

    /// Appends text, merging it into the last span when the style is the same.
    public mutating func append(_ text: String, _ style: Style = .plain) {
        guard !text.isEmpty else { return }
        if let last = spans.indices.last, spans[last].style == style {
            spans[last].text += text
        } else {
            spans.append(StyledSpan(text, style))
        }
    }

    /// Appends a slice of some text without first copying it into a String of its own.
    public mutating func append(_ text: Substring, _ style: Style) {
        guard !text.isEmpty else { return }
        if let last = spans.indices.last, spans[last].style == style {
            spans[last].text += text
        } else {
            spans.append(StyledSpan(String(text), style))
        }
    }

    public mutating func append(_ span: StyledSpan) { append(span.text, span.style) }

    public mutating func append(contentsOf line: StyledLine) {
        for span in line.spans { append(span) }
    }

    /// The line followed by another.
    public static func + (lhs: StyledLine, rhs: StyledLine) -> StyledLine {
        var result = StyledLine()
        result.spans.reserveCapacity(lhs.spans.count + rhs.spans.count)
        result.spans.append(contentsOf: lhs.spans)
        result.append(contentsOf: rhs)
        return result
    }

    /// The longest prefix that fits in `width` columns; with an ellipsis, the ellipsis (in `ellipsisStyle`)
    /// replaces the end when something was cut.
    public func truncated(to width: Int, ellipsis: String = "", ellipsisStyle: Style = .markup(.muted)) -> StyledLine {
        guard self.width > width else { return self }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let keepsEllipsis = ellipsisWidth <= width
        var room = keepsEllipsis ? width - ellipsisWidth : width
        var result = StyledLine()
        for span in spans {
            let piece = DisplayWidth.prefix(of: span.text, fitting: room)
            result.append(piece, span.style)
            room -= DisplayWidth.of(piece)
            if piece.count < span.text.count { break }
        }
        if keepsEllipsis { result.append(ellipsis, ellipsisStyle) }
        return result
    }

    /// The line cut or padded with spaces (in `style`) to exactly `width` columns.
    public func padded(to width: Int, style: Style = .plain) -> StyledLine {
        var result = truncated(to: width)
        let gap = width - result.width
        if gap > 0 { result.append(RepeatedText.of(" ", count: gap), style) }
        return result
    }

    /// The line without trailing spaces.
    /// Works on UTF-8 bytes: a space is one ASCII byte, so cutting there never splits a character, and the common
    /// case (nothing to trim) copies nothing.
    public func trimmingTrailingSpaces() -> StyledLine {
        var result = self
        while let last = result.spans.indices.last {
            let text = result.spans[last].text
            let utf8 = text.utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") {
                end = utf8.index(before: end)
            }
            if end == utf8.startIndex {
                result.spans.removeLast()
                continue
            }
            if end != utf8.endIndex { result.spans[last].text = String(text[..<end]) }
            break
        }
        return result
    }
}
