/// How many terminal columns text occupies, from a generated Unicode table rather than the C library's
/// `wcwidth`, so that the answer is the same on every machine and in every locale.
///
/// A grapheme cluster (a `Character`) is as wide as its widest code point, so a Hangul syllable written as
/// conjoining Jamo, an emoji ZWJ sequence and a letter with combining accents each count once. An emoji
/// presentation selector (U+FE0F) makes a narrow base two columns, as terminals draw it.
public enum DisplayWidth {
    /// The columns `text` occupies; control characters count zero (they are removed before drawing).
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// `of(_:)` for a String: printable ASCII counted on its bytes, only the other characters one by one.
    public static func of(_ text: String) -> Int {
        var total = 0
        TextRuns.forEach(in: text) { run in
            switch run {
            case .ascii(let bytes): total += bytes.count
            case .character(let character, _): total += of(character)
            }
        }
        return total
    }

    /// The columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return isPrintableASCII(byte) ? 1 : 0 }   // ASCII ("\r\n": 0)
        var widest = 0
        var presentsAsEmoji = false
        for scalar in character.unicodeScalars {
            widest = max(widest, of(scalar))
            if scalar.value == 0xFE0F { presentsAsEmoji = true }
        }
        if presentsAsEmoji && widest == 1 { return 2 }
        return widest
    }

    /// The columns one code point occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0x1_0000 { return Int(basicPlane[Int(value)]) }     // Hangul, CJK: looked up, not searched
        return searchedWidth(value)
    }

    /// Above printable ASCII, from the tables: DEL and the C1 controls, then zero-width, then wide code points.
    static func searchedWidth(_ value: UInt32) -> Int {
        if value < 0xA0 { return 0 }
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.wide, value) { return 2 }
        return 1
    }

    /// `searchedWidth` of every code point below U+10000, filled from the table's ranges when first needed.
    private static let basicPlane: [UInt8] = {
        var widths = [UInt8](repeating: 1, count: 0x1_0000)
        for value in 0..<0xA0 { widths[value] = 0 }
        for (ranges, width) in [(WidthTable.wide, UInt8(2)), (WidthTable.zero, UInt8(0))] {   // zero wins
            for range in ranges where range.lowerBound < 0x1_0000 && range.upperBound >= 0xA0 {
                for value in max(range.lowerBound, 0xA0)...min(range.upperBound, 0xFFFF) { widths[Int(value)] = width }
            }
        }
        return widths
    }()

    /// The Unicode version the width table was generated from.
    public static var unicodeVersion: String { WidthTable.unicodeVersion }

    /// Whether every byte of `text` is printable ASCII: then every byte is one character one column wide.
    package static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy(isPrintableASCII)
    }

    /// Whether `byte` is printable ASCII (U+0020–U+007E).
    @inline(__always)
    package static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// `text` if it fits in `width` columns, else its longest prefix that fits followed by `ellipsis` (a field
    /// no wider than the ellipsis gets as much of the ellipsis as fits). Never splits a grapheme cluster.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return prefix(of: ellipsis, fitting: width) }
        return prefix(of: text, fitting: room) + ellipsis
    }

    /// `text` padded with spaces to exactly `width` columns, cut (with the optional ellipsis) when longer.
    public static func pad(
        _ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = ""
    ) -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let gap = max(0, width - of(fitted))
        switch alignment {
        case .left: return fitted + spaces(gap)
        case .right: return spaces(gap) + fitted
        case .center: return spaces(gap / 2) + fitted + spaces(gap - gap / 2)
        }
    }

    /// Where padding goes when text is narrower than its field.
    public enum Alignment: Hashable, Sendable { case left, center, right }

    /// `count` spaces (none for a count below one).
    public static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }

    /// The longest prefix of `text` whose width is at most `width` (never splits a grapheme cluster).
    public static func prefix(of text: some StringProtocol, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = of(text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Binary search in sorted, non-overlapping ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
