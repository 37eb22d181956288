/// Finds the words and spaces of a line for `LineFiller` (the first half of `TextWrapper`).
///
/// Lesson text is mostly printable ASCII, where every byte is one grapheme cluster one column wide and a line
/// may break only at spaces; such runs are split on their UTF-8 bytes and never looked at character by
/// character. Only the other runs (see `AsciiRuns`) go through `Character`s, for their widths and for the CJK
/// break rules.
/// Break rules also apply across span boundaries: a word may continue from one span into the next.
struct WrapTokenizer {
    private(set) var filler: LineFiller
    /// The word being collected (kept between words so its storage is reused).
    private var word: [WrapPiece] = []
    private var wordWidth = 0
    /// The last character of `word`, for the CJK break rules: an ASCII byte, or else `previousCharacter`.
    private var previousByte: UInt8 = 0
    private var previousCharacter: Character = " "
    /// Whether that character `BreakRules.isBreakableCJK` (never for ASCII).
    private var previousIsCJK = false

    init(filler: LineFiller) { self.filler = filler }

    private static let space = UInt8(ascii: " ")

    /// Feeds one span's text.
    mutating func add(span index: Int) {
        var text = filler.spans[index].text
        if text.utf8.withContiguousStorageIfAvailable({ add(span: index, text: text, bytes: $0) }) == nil {
            text.makeContiguousUTF8()
            text.utf8.withContiguousStorageIfAvailable { add(span: index, text: text, bytes: $0) }
        }
    }

    /// Ends the last word and hands the lines back (see `LineFiller.finish`).
    mutating func finish(into lines: inout [StyledLine]) {
        endWord()
        filler.finish(into: &lines)
    }

    /// Printable ASCII runs byte by byte, the rest character by character (see `AsciiRuns`).
    private mutating func add(span index: Int, text: String, bytes: UnsafeBufferPointer<UInt8>) {
        var runs = AsciiRuns(bytes)
        while let run = runs.next() {
            if run.isASCII {
                addASCII(span: index, bytes: bytes, from: run.range.lowerBound, to: run.range.upperBound)
            } else if AsciiRuns.isStandaloneRun(bytes, run.range) {
                addStandaloneScalars(span: index, bytes: bytes, from: run.range.lowerBound, to: run.range.upperBound)
            } else {
                addCharacters(span: index, text: text, from: run.range.lowerBound, to: run.range.upperBound)
            }
        }
    }

    /// Printable ASCII: words end only at spaces, and a word's width is its byte count.
    private mutating func addASCII(span: Int, bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var position = start
        while position < end {
            let isSpace = bytes[position] == Self.space
            var runEnd = position + 1
            while runEnd < end && (bytes[runEnd] == Self.space) == isSpace { runEnd += 1 }
            let piece = WrapPiece(span: span, start: position, end: runEnd, width: runEnd - position)
            if isSpace {
                endWord()
                filler.addSpace(piece)
            } else {
                if position == start && previousIsCJK {
                    breakIfAllowed(before: Character(Unicode.Scalar(bytes[position])), isCJK: false)
                }
                if word.isEmpty && runEnd < end {
                    filler.addWord(CollectionOfOne(piece), width: piece.width)   // a whole word between spaces
                } else {
                    addToWord(piece)
                }
                previousByte = bytes[runEnd - 1]
                previousIsCJK = false
            }
            position = runEnd
        }
    }

    /// A run where every code point is a cluster of its own (see `AsciiRuns.isStandalone`): the same as
    /// `addCharacters`, without finding cluster boundaries. None of these is a tab or newline.
    private mutating func addStandaloneScalars(span: Int, bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var offset = start
        while offset < end {
            let (scalar, length) = AsciiRuns.scalar(in: bytes, at: offset)
            let piece = WrapPiece(span: span, start: offset, end: offset + length, width: DisplayWidth.of(scalar))
            offset += length
            if scalar == " " || scalar == "\u{3000}" {
                endWord()
                filler.addSpace(piece)
            } else {
                let isCJK = piece.width == 2 && !BreakRules.isHangul(scalar)
                if previousIsCJK || isCJK { breakIfAllowed(before: Character(scalar), isCJK: isCJK) }
                addToWord(piece)
                if length == 1 {
                    previousByte = bytes[offset - 1]
                } else {
                    previousByte = 0
                    previousCharacter = Character(scalar)
                }
                previousIsCJK = isCJK
            }
        }
    }

    /// Anything else, one grapheme cluster at a time: tabs and newlines count as spaces, as does U+3000.
    private mutating func addCharacters(span: Int, text: String, from start: Int, to end: Int) {
        var offset = start
        for character in AsciiRuns.slice(of: text, start..<end) {
            let length = character.utf8.count
            var piece = WrapPiece(span: span, start: offset, end: offset + length, width: 0)
            offset += length
            switch Self.spaceKind(of: character) {
            case .countsAsSpace:
                piece.substitute = .space
                piece.width = 1
                endWord()
                filler.addSpace(piece)
            case .space:
                piece.width = DisplayWidth.of(character)
                endWord()
                filler.addSpace(piece)
            case .notASpace:
                piece.width = DisplayWidth.of(character)
                let isCJK = BreakRules.isBreakableCJK(character, width: piece.width)
                breakIfAllowed(before: character, isCJK: isCJK)
                addToWord(piece)
                previousByte = 0
                previousCharacter = character
                previousIsCJK = isCJK
            }
        }
    }

    /// Between ideographs or kana a line may break inside a "word" (see `BreakRules`).
    private mutating func breakIfAllowed(before next: Character, isCJK: Bool) {
        guard !word.isEmpty, previousIsCJK || isCJK else { return }
        let previous = previousByte != 0 ? Character(Unicode.Scalar(previousByte)) : previousCharacter
        if BreakRules.mayBreak(between: previous, previousIsCJK, and: next, isCJK) { endWord() }
    }

    private enum SpaceKind { case space, countsAsSpace, notASpace }

    /// " " and U+3000 are spaces; a tab, newline or CR LF counts as one. Compared on UTF-8 bytes, which is
    /// exact here: none of these characters has another canonically equivalent spelling.
    private static func spaceKind(of character: Character) -> SpaceKind {
        var bytes = character.utf8.makeIterator()
        switch (bytes.next(), bytes.next(), bytes.next(), bytes.next()) {
        case (UInt8(ascii: " "), nil, nil, nil), (0xE3, 0x80, 0x80, nil): return .space        // U+3000
        case (UInt8(ascii: "\n"), nil, nil, nil), (UInt8(ascii: "\t"), nil, nil, nil), (0x0D, 0x0A, nil, nil):
            return .countsAsSpace
        default: return .notASpace
        }
    }

    private mutating func addToWord(_ piece: WrapPiece) {
        word.appendMerging(piece)
        wordWidth += piece.width
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        filler.addWord(word, width: wordWidth)
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
    }
}
