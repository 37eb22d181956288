/// Greedy line breaking by display width.
///
/// Lines break at spaces; between CJK ideographs and kana (which are written without spaces) a line may also
/// break between any two characters, except before closing or after opening punctuation. Korean is written with
/// spaces between words, so Hangul breaks only at spaces, like Latin text. A word longer than the whole line is
/// the only thing split inside a word. No line is ever wider than `width`.
///
/// `WrapTokenizer` finds words and spaces as slices of the spans (ASCII on bytes, the rest by grapheme cluster)
/// and `LineFiller` fills lines with them.
public enum TextWrapper {
    /// `line` broken into lines of at most `width` columns, without leading or trailing spaces.
    /// Newlines and tabs in the text count as spaces.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        var tokenizer = WrapTokenizer(filler: LineFiller(width: max(1, width), spans: line.spans))
        for index in line.spans.indices {
            tokenizer.add(span: index)
        }
        return tokenizer.finish()
    }

    /// Plain text, sanitised, wrapped in one style.
    public static func wrap(_ text: String, width: Int, style: Style = .normal) -> [StyledLine] {
        wrap(StyledLine(TextSanitizer.clean(text), style), width: width)
    }

    /// One grapheme cluster with its style and columns (code blocks fold long lines unit by unit).
    struct Unit {
        var character: Character
        var style: Style
        var width: Int
        var isSpace: Bool { character == " " || character == "\u{3000}" }
    }

    /// The grapheme clusters of a line, span by span; newlines and tabs become spaces.
    static func units(of line: StyledLine) -> [Unit] {
        var result: [Unit] = []
        for span in line.spans {
            for character in span.text {
                let normalised: Character = character == "\n" || character == "\t" || character == "\r\n" ? " " : character
                result.append(Unit(character: normalised, style: span.style, width: DisplayWidth.of(normalised)))
            }
        }
        return result
    }

    static func line(from units: [Unit]) -> StyledLine {
        var line = StyledLine()
        for unit in units { line.append(String(unit.character), unit.style) }
        return line
    }
}
