/// Greedy line breaking by display width.
///
/// Lines break at spaces; between CJK ideographs and kana (which are written without spaces) a line may also
/// break between any two characters, except before closing or after opening punctuation (`BreakRules`). Korean
/// is written with spaces between words, so Hangul breaks only at spaces, like Latin text. A word longer than
/// the whole line is the only thing split inside a word. No line is ever wider than `width`, and no line starts
/// or ends with a space.
public enum TextWrapper {
    /// `line` broken into lines of at most `width` columns. Newlines and tabs in the text count as spaces.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        if fitsAsItIs(line, width: width) { return [line] }
        return fill(units(of: line), width: width, continuationWidth: width)
    }

    /// Plain text wrapped in one style.
    public static func wrap(_ text: String, width: Int, style: Style = .plain) -> [StyledLine] {
        wrap(StyledLine(text, style), width: width)
    }

    /// Screen text: every newline starts a new line, every line after the first starts `indent` columns in
    /// (a hanging indent for list-like messages), and the spaces between two words on a line are drawn as one
    /// plain space. Always at least one line.
    public static func wrap(_ spans: [StyledSpan], width: Int, indent: Int = 0) -> [StyledLine] {
        let width = max(1, width)
        let indent = min(max(0, indent), width - 1)
        let margin = StyledLine(DisplayWidth.spaces(indent))
        var result: [StyledLine] = []
        for paragraph in paragraphs(of: spans) {
            let first = result.isEmpty ? width : width - indent
            for line in fill(units(of: paragraph), width: first, continuationWidth: width - indent, oneSpace: true) {
                result.append(result.isEmpty ? line : margin + line)
            }
        }
        return result
    }

    /// Screen text without styles, wrapped as `wrap(_:width:indent:)` does.
    public static func plainLines(_ text: String, width: Int) -> [String] {
        wrap([StyledSpan(text)], width: width).map(\.plainText)
    }

    /// Whether wrapping would give back `line` unchanged: it fits, has no spaces to drop at either end, no tab or
    /// newline to turn into a space, and no spans to merge or skip. Most table cells, list items and headings.
    package static func fitsAsItIs(_ line: StyledLine, width: Int) -> Bool {
        guard let first = line.spans.first?.text.first, let last = line.spans.last?.text.last,
              !isSpace(first), !isSpace(last) else { return false }
        var total = 0
        for (index, span) in line.spans.enumerated() {
            if span.text.isEmpty || (index > 0 && line.spans[index - 1].style == span.style) { return false }
            if span.text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r\n" }) { return false }
            total += span.width
        }
        return total <= width
    }

    /// One grapheme cluster with its style and columns (code blocks fold long lines unit by unit).
    package struct Unit {
        package var character: Character
        package var style: Style
        package var width: Int
        package var isSpace: Bool { TextWrapper.isSpace(character) }

        package init(character: Character, style: Style, width: Int) {
            self.character = character
            self.style = style
            self.width = width
        }
    }

    /// The spaces a line may break at and drops at its ends.
    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\u{3000}" }

    /// The grapheme clusters of a line, span by span; newlines and tabs become spaces.
    package static func units(of line: StyledLine) -> [Unit] {
        var result: [Unit] = []
        for span in line.spans {
            for character in span.text {
                let normalised: Character = character == "\n" || character == "\t" || character == "\r\n" ? " " : character
                result.append(Unit(character: normalised, style: span.style, width: DisplayWidth.of(normalised)))
            }
        }
        return result
    }

    /// The units as a line, neighbours of one style in one span.
    package static func line(from units: some Collection<Unit>) -> StyledLine {
        var line = StyledLine()
        var text = ""
        var style = units.first?.style ?? .plain
        for unit in units {
            if unit.style != style {
                line.append(text, style)
                text = ""
                style = unit.style
            }
            text.append(unit.character)
        }
        line.append(text, style)
        return line
    }

    /// Fills lines greedily, word by word: the first line holds `width` columns, the others `continuationWidth`.
    /// Spaces wait until the next word is known to fit on the same line; with `oneSpace`, they become one.
    private static func fill(_ units: [Unit], width: Int, continuationWidth: Int, oneSpace: Bool = false) -> [StyledLine] {
        var lines: [StyledLine] = []
        var line: [Unit] = []
        var used = 0
        var room: Int { lines.isEmpty ? width : continuationWidth }
        var pendingSpaces: Range<Int>?
        func endLine() {
            guard !line.isEmpty else { return }
            lines.append(Self.line(from: line))
            line.removeAll(keepingCapacity: true)
            used = 0
            pendingSpaces = nil
        }
        var start = 0
        while start < units.count {
            let end = tokenEnd(units, from: start)
            defer { start = end }
            if units[start].isSpace {
                if !line.isEmpty { pendingSpaces = pendingSpaces.map { $0.lowerBound..<end } ?? start..<end }
                continue
            }
            let word = units[start..<end]
            let wordWidth = word.reduce(0) { $0 + $1.width }
            let spaces = pendingSpaces.map { oneSpace ? [Self.oneSpace] : units[$0] } ?? []
            let spaceWidth = spaces.reduce(0) { $0 + $1.width }
            pendingSpaces = nil
            if used + spaceWidth + wordWidth <= room {
                line += spaces
                line += word
                used += spaceWidth + wordWidth
                continue
            }
            endLine()
            if wordWidth <= room {
                line += word
                used = wordWidth
                continue
            }
            for var unit in word {                      // wider than a whole line: cut between characters
                if unit.width > room { unit = Unit(character: "?", style: unit.style, width: 1) }
                if used + unit.width > room { endLine() }
                line.append(unit)
                used += unit.width
            }
        }
        endLine()
        return lines.isEmpty ? [StyledLine()] : lines
    }

    private static let oneSpace = Unit(character: " ", style: .plain, width: 1)

    /// The end of the word or run of spaces that starts at `start`.
    private static func tokenEnd(_ units: [Unit], from start: Int) -> Int {
        let isSpace = units[start].isSpace
        var end = start + 1
        while end < units.count, units[end].isSpace == isSpace,
              isSpace || !BreakRules.mayBreak(between: units[end - 1].character, and: units[end].character) {
            end += 1
        }
        return end
    }

    /// The spans between newlines (a screen message's hard line breaks).
    private static func paragraphs(of spans: [StyledSpan]) -> [StyledLine] {
        var result = [StyledLine()]
        for span in spans {
            for (index, piece) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { result.append(StyledLine()) }
                result[result.count - 1].append(String(piece), span.style)
            }
        }
        return result
    }
}
