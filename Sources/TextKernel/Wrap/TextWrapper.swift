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
        return fill(Words(line), width: width, continuationWidth: width)
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
            for line in fill(Words(paragraph), width: first, continuationWidth: width - indent, oneSpace: true) {
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
        guard let first = line.spans.first?.text.utf8.first, let last = line.spans.last?.text.utf8.last,
              first != UInt8(ascii: " "), last != UInt8(ascii: " ") else { return false }
        var total = 0
        for (index, span) in line.spans.enumerated() {
            if span.text.isEmpty || (index > 0 && line.spans[index - 1].style == span.style) { return false }
            var fits = true
            TextRuns.forEach(in: span.text) { run in
                guard fits else { return }
                switch run {
                case .ascii(let bytes):
                    total += bytes.count
                case .character(let character, let range):
                    // Tabs and newlines would become spaces; a wide space (U+3000) at either end would be dropped.
                    let atAnEnd = (index == 0 && range.lowerBound == 0)
                        || (index == line.spans.count - 1 && range.upperBound == span.text.utf8.count)
                    if character.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                        || (atAnEnd && isSpace(character)) {
                        fits = false
                    }
                    total += DisplayWidth.of(character)
                }
                if total > width { fits = false }
            }
            if !fits { return false }
        }
        return true
    }

    /// The spaces a line may break at and drops at its ends.
    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\u{3000}" }

    /// A slice of one span's text, measured once. The wrapper moves these around, not single characters.
    struct Piece {
        var text: Substring
        var style: Style
        var width: Int
    }

    /// A word (never broken, except when wider than a whole line) or a run of spaces (where lines break): a run
    /// of pieces, which may come from several spans.
    struct Token {
        var pieces: Range<Int>
        var width: Int
        var isSpace: Bool
    }

    /// Finds the words and spaces of a line. Printable ASCII is read by the byte (a line may break only at its
    /// spaces), also inside spans that hold other characters; the others by grapheme cluster, for their widths
    /// and the CJK break rules (`TextRuns`).
    struct Words {
        private(set) var pieces: [Piece] = []
        private(set) var tokens: [Token] = []
        /// The word or run of spaces being collected.
        private var open: Token?
        /// The last character of the word being collected, for the break rules; nil after a space.
        private var previous: Character?
        private var previousIsCJK = false

        init(_ line: StyledLine) {
            for span in line.spans {
                add(span)
            }
            close()
        }

        private mutating func add(_ span: StyledSpan) {
            let text = span.text
            var start = 0                   // the piece being collected: bytes start..<(where the walk is)
            var width = 0
            var inSpaces = false
            /// The piece ends at byte `offset`; the next one starts there.
            func cut(at offset: Int, _ words: inout Words) {
                words.add(Self.slice(of: text, start..<offset), span.style, width: width, isSpace: inSpaces)
                (start, width) = (offset, 0)
            }
            TextRuns.forEach(in: text) { run in
                switch run {
                case .ascii(let bytes):
                    // Words end only at spaces: one step per stretch of spaces or of other characters.
                    var offset = bytes.startIndex
                    while offset < bytes.endIndex {
                        let isSpace = bytes[offset] == UInt8(ascii: " ")
                        var end = offset + 1
                        while end < bytes.endIndex, (bytes[end] == UInt8(ascii: " ")) == isSpace { end += 1 }
                        if isSpace {
                            if !inSpaces {
                                cut(at: offset, &self)
                                inSpaces = true
                            }
                        } else {
                            if inSpaces || (previousIsCJK && mayBreak(before: Character(Unicode.Scalar(bytes[offset])), isCJK: false)) {
                                cut(at: offset, &self)
                                inSpaces = false
                                endWord()
                            }
                            previous = Character(Unicode.Scalar(bytes[end - 1]))
                            previousIsCJK = false
                        }
                        width += end - offset
                        offset = end
                    }
                case .character(let character, let range):
                    let (columns, isSpace, isCJK) = Self.classify(character)
                    if isSpace {
                        if !inSpaces {
                            cut(at: range.lowerBound, &self)
                            inSpaces = true
                        }
                    } else {
                        if inSpaces || mayBreak(before: character, isCJK: isCJK) {
                            cut(at: range.lowerBound, &self)
                            inSpaces = false
                            endWord()
                        }
                        previous = character
                        previousIsCJK = isCJK
                    }
                    width += columns
                }
            }
            cut(at: text.utf8.count, &self)
        }

        /// The bytes `offsets` of `text` (on character boundaries), sharing its storage.
        private static func slice(of text: String, _ offsets: Range<Int>) -> Substring {
            text[TextRuns.index(offsets.lowerBound, in: text)..<TextRuns.index(offsets.upperBound, in: text)]
        }

        /// A character's columns, whether a line may break at it as at a space (tabs and newlines count as one
        /// column of space), and whether it is written without spaces between words (`BreakRules`).
        private static func classify(_ character: Character) -> (columns: Int, isSpace: Bool, isCJK: Bool) {
            let utf8 = character.utf8
            if utf8.count == 1, let byte = utf8.first {
                if byte == 0x09 || byte == 0x0A { return (1, true, false) }
                return (byte >= 0x20 && byte < 0x7F ? 1 : 0, byte == 0x20, false)
            }
            if utf8.count == 2 && utf8.first == 0x0D { return (1, true, false) }                     // "\r\n"
            let scalars = character.unicodeScalars
            guard let first = scalars.first else { return (0, false, false) }
            let isOneScalar = scalars.index(after: scalars.startIndex) == scalars.endIndex   // most characters
            let columns = isOneScalar ? DisplayWidth.of(first) : DisplayWidth.of(character)
            guard columns == 2 else { return (columns, false, false) }
            let isIdeographicSpace = isOneScalar && first.value == 0x3000
            return (2, isIdeographicSpace, !isIdeographicSpace && !BreakRules.isHangul(first))
        }

        /// Whether a word ends before `character` (which is not a space) by the CJK rules.
        private func mayBreak(before character: Character, isCJK: Bool) -> Bool {
            guard let previous, previousIsCJK || isCJK else { return false }
            return BreakRules.mayBreak(between: previous, and: character)
        }

        private mutating func add(_ text: Substring, _ style: Style, width: Int, isSpace: Bool) {
            guard !text.isEmpty else { return }
            if let open, open.isSpace != isSpace { close() }
            var text = text
            if isSpace {
                if text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {   // tabs, newlines
                    text = Substring(String(text.map { $0 == "\u{3000}" ? $0 : " " }))
                }
                (previous, previousIsCJK) = (nil, false)
            }
            var token = open ?? Token(pieces: pieces.count..<pieces.count, width: 0, isSpace: isSpace)
            pieces.append(Piece(text: text, style: style, width: width))
            token.pieces = token.pieces.lowerBound..<pieces.count
            token.width += width
            open = token
        }

        /// Ends the word being collected (a break is allowed here).
        private mutating func endWord() {
            if let open, !open.isSpace { close() }
        }

        private mutating func close() {
            guard let open else { return }
            tokens.append(open)
            self.open = nil
        }
    }

    /// Fills lines greedily, word by word: the first line holds `width` columns, the others `continuationWidth`.
    /// Spaces wait until the next word is known to fit on the same line; with `oneSpace`, they become one.
    private static func fill(_ words: Words, width: Int, continuationWidth: Int, oneSpace: Bool = false) -> [StyledLine] {
        var lines: [StyledLine] = []
        var line = StyledLine()
        var used = 0
        var room: Int { lines.isEmpty ? width : continuationWidth }
        var pending: Token?
        func endLine() {
            guard !line.spans.isEmpty else { return }
            lines.append(line)
            line = StyledLine()
            used = 0
        }
        func append(_ token: Token) {
            for piece in words.pieces[token.pieces] { line.append(piece.text, piece.style) }
        }
        for token in words.tokens {
            if token.isSpace {
                if !line.spans.isEmpty { pending = token }
                continue
            }
            let spaceWidth = pending.map { oneSpace ? 1 : $0.width } ?? 0
            if used + spaceWidth + token.width <= room {
                if let spaces = pending {
                    if oneSpace { line.append(" ", .plain) } else { append(spaces) }
                }
                append(token)
                used += spaceWidth + token.width
                pending = nil
                continue
            }
            pending = nil
            endLine()
            if token.width <= room {
                append(token)
                used = token.width
                continue
            }
            for piece in words.pieces[token.pieces] {         // wider than a whole line: cut between characters
                for character in piece.text {
                    var text = String(character)
                    var columns = DisplayWidth.of(character)
                    if columns > room { (text, columns) = ("?", 1) }
                    if used + columns > room { endLine() }
                    line.append(text, piece.style)
                    used += columns
                }
            }
        }
        endLine()
        return lines.isEmpty ? [StyledLine()] : lines
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
