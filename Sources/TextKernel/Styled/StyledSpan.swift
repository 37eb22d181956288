/// A run of text drawn in one style. The text is expected to be sanitised (see `TextSanitizer`).
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Columns this span occupies.
    public var width: Int { DisplayWidth.of(text) }
}
