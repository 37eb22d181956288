/// Greedy line breaking by display width.
///
/// Lines break at spaces; between CJK ideographs and kana (which are written without spaces) a line may also
/// break between any two characters, except before closing or after opening punctuation. Korean is written with
/// spaces between words, so Hangul breaks only at spaces, like Latin text. A word longer than the whole line is
/// the only thing split inside a word. No line is ever wider than `width`.
public enum TextWrapper {
    /// `line` broken into lines of at most `width` columns, without leading or trailing spaces.
    /// Newlines and tabs in the text count as spaces.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        var builder = LineBuilder(width: width)
        for token in tokens(of: units(of: line)) {
            builder.add(token)
        }
        return builder.finish()
    }

    /// Plain text, sanitised, wrapped in one style.
    public static func wrap(_ text: String, width: Int, style: Style = .normal) -> [StyledLine] {
        wrap(StyledLine(TextSanitizer.clean(text), style), width: width)
    }

    /// One grapheme cluster with its style and columns.
    struct Unit {
        var character: Character
        var style: Style
        var width: Int
        var isSpace: Bool { character == " " || character == "\u{3000}" }
    }

    /// A run of units that may not be broken (a word), or a run of spaces where a break may happen.
    enum Token {
        case word([Unit])
        case space([Unit])
    }

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

    static func tokens(of units: [Unit]) -> [Token] {
        var result: [Token] = []
        var current: [Unit] = []
        var currentIsSpace = false
        for unit in units {
            let boundary = current.isEmpty
                || unit.isSpace != currentIsSpace
                || (!unit.isSpace && BreakRules.mayBreak(between: current[current.count - 1].character, and: unit.character))
            if boundary && !current.isEmpty {
                result.append(currentIsSpace ? .space(current) : .word(current))
                current = []
            }
            current.append(unit)
            currentIsSpace = unit.isSpace
        }
        if !current.isEmpty { result.append(currentIsSpace ? .space(current) : .word(current)) }
        return result
    }

    /// Fills lines greedily.
    struct LineBuilder {
        let width: Int
        var lines: [StyledLine] = []
        var current: [Unit] = []
        var currentWidth = 0
        var pendingSpaces: [Unit] = []

        init(width: Int) { self.width = width }

        mutating func add(_ token: Token) {
            switch token {
            case .space(let spaces):
                if !current.isEmpty { pendingSpaces += spaces }
            case .word(let word):
                addWord(word)
            }
        }

        private mutating func addWord(_ word: [Unit]) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            let spaceWidth = pendingSpaces.reduce(0) { $0 + $1.width }
            if currentWidth + spaceWidth + wordWidth <= width {
                append(pendingSpaces + word, width: spaceWidth + wordWidth)
            } else {
                flush()
                if wordWidth <= width {
                    append(word, width: wordWidth)
                } else {
                    splitLongWord(word)
                }
            }
            pendingSpaces = []
        }

        /// Only words wider than a whole line are cut, at grapheme boundaries.
        private mutating func splitLongWord(_ word: [Unit]) {
            for var unit in word {
                if unit.width > width {          // a wide character on a one-column line cannot be drawn
                    unit = Unit(character: "?", style: unit.style, width: 1)
                }
                if currentWidth + unit.width > width { flush() }
                append([unit], width: unit.width)
            }
        }

        private mutating func append(_ units: [Unit], width: Int) {
            current += units
            currentWidth += width
        }

        private mutating func flush() {
            guard !current.isEmpty else { return }
            lines.append(TextWrapper.line(from: current))
            current = []
            currentWidth = 0
            pendingSpaces = []
        }

        mutating func finish() -> [StyledLine] {
            flush()
            return lines.isEmpty ? [StyledLine()] : lines
        }
    }

    static func line(from units: [Unit]) -> StyledLine {
        var line = StyledLine()
        for unit in units { line.append(String(unit.character), unit.style) }
        return line
    }
}
