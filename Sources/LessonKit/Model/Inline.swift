/// Inline Markdown content, already freed of HTML and blog-engine noise by the parser.
public enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    /// An in-page anchor link (`#section`) is parsed as plain text, not as a link.
    case link(text: [Inline], destination: String)
    /// Only the alt text can be shown in a terminal.
    case image(alt: String, source: String)
    case softBreak
    case lineBreak
}
