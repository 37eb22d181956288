/// The lines `InlineRenderer` is building, with the plain text of the last one kept alongside: a soft break
/// looks at the character before it, and joining the line's spans again at every soft break made long
/// paragraphs quadratic. (The last character of the whole text, not of the last span: a span may start with a
/// combining mark that belongs to the character before it.)
struct InlineLines {
    private(set) var lines = [StyledLine()]
    private var lastLineText = ""

    /// The last character of the line being built, nil when it is still empty.
    var lastCharacter: Character? { lastLineText.last }

    mutating func append(_ text: String, _ style: Style) {
        lines[lines.count - 1].append(text, style)
        lastLineText += text
    }

    /// A hard line break.
    mutating func startLine() {
        lines.append(StyledLine())
        lastLineText = ""
    }
}
