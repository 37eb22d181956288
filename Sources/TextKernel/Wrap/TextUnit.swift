/// One grapheme cluster with its style and what wrapping needs to know about it: code blocks fold long lines
/// unit by unit, and the reference wrapper in the tests works on units.
package struct TextUnit {
    package let character: Character
    package let style: Style
    package let width: Int
    /// A space a line may break at and drops at its ends (U+0020, U+3000).
    package let isSpace: Bool

    package init(character: Character, style: Style, width: Int) {
        self.character = character
        self.style = style
        self.width = width
        isSpace = character == " " || character == "\u{3000}"
    }

    /// The grapheme clusters of a line, span by span; newlines and tabs become spaces.
    package static func units(of line: StyledLine) -> [TextUnit] {
        var result: [TextUnit] = []
        for span in line.spans {
            for character in span.text {
                let byte = character.asciiValue                        // "\r\n" reports "\n"
                let normalised: Character = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") ? " " : character
                result.append(TextUnit(character: normalised, style: span.style, width: DisplayWidth.of(normalised)))
            }
        }
        return result
    }

    /// The units as a line, neighbours of one style in one span.
    package static func line(from units: some Collection<TextUnit>) -> StyledLine {
        var line = StyledLine()
        for unit in units { line.append(String(unit.character), unit.style) }
        return line
    }
}
