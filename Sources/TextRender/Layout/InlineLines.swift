import TextKernel

/// The lines `InlineRenderer` is building, one per hard line break.
struct InlineLines {
    private(set) var lines = [StyledLine()]

    /// The last character of the line being built (of the whole line: a span may start with a combining mark
    /// that belongs to the character before it), nil when it is still empty.
    var lastCharacter: Character? { lines[lines.count - 1].plainText.last }

    mutating func append(_ text: String, _ style: Style) {
        lines[lines.count - 1].append(text, style)
    }

    /// A hard line break.
    mutating func startLine() {
        lines.append(StyledLine())
    }
}
