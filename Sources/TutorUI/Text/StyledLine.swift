/// One screen line made of styled spans; its width is measured in columns, never characters.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, _ style: Style = .plain) { spans = [Span(text, style)] }
    public init(stringLiteral value: String) { spans = [Span(value)] }

    public static let empty = StyledLine()

    public var width: Int { spans.reduce(0) { $0 + ColumnWidth.of($1.text) } }
    public var plainText: String { spans.map(\.text).joined() }
}
