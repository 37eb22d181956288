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
        var lines: [StyledLine] = []
        wrap(line, width: width, into: &lines)
        return lines
    }

    /// `wrap` appending to `lines`: a document's lines are built in place instead of copied from level to level.
    static func wrap(_ line: StyledLine, width: Int, into lines: inout [StyledLine]) {
        if fitsAsItIs(line, width: max(1, width)) {
            lines.append(line)
            return
        }
        var tokenizer = WrapTokenizer(filler: LineFiller(width: max(1, width), spans: line.spans, appendingTo: &lines))
        for index in line.spans.indices {
            tokenizer.add(span: index)
        }
        tokenizer.finish(into: &lines)
    }

    /// Whether wrapping would give back `line` unchanged: it fits, has no spaces to drop at either end, no tab or
    /// newline to turn into a space, and no spans to merge or skip. Most table cells, list items and headings.
    /// Conservative: a line that only might qualify (it starts with a space byte) takes the long way.
    static func fitsAsItIs(_ line: StyledLine, width: Int) -> Bool {
        guard let first = line.spans.first?.text.utf8, let last = line.spans.last?.text.utf8,
              let firstByte = first.first, let lastByte = last.last,
              firstByte != UInt8(ascii: " "), lastByte != UInt8(ascii: " "),
              firstByte != 0xE3 || !first.starts(with: ideographicSpace),
              lastByte != 0x80 || !last.reversed().starts(with: ideographicSpace.reversed())
        else { return false }
        var total = 0
        for index in line.spans.indices {
            let text = line.spans[index].text
            if text.isEmpty || (index > 0 && line.spans[index - 1].style == line.spans[index].style) { return false }
            total += DisplayWidth.of(text, stoppingAbove: width - total)
            if total > width { return false }          // before looking for tabs: most long lines stop here
            if !AsciiRuns.isAllPrintableASCII(text) && text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                return false
            }
        }
        return true
    }

    /// U+3000 in UTF-8: a space the wrapper drops at the ends of lines.
    private static let ideographicSpace: [UInt8] = [0xE3, 0x80, 0x80]

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
