/// How many terminal columns text occupies, from a generated Unicode table rather than the C library's
/// `wcwidth`, so that the answer is the same on every machine and in every locale.
///
/// A grapheme cluster (a `Character`) is as wide as its widest code point, so a Hangul syllable written as
/// conjoining Jamo, an emoji ZWJ sequence and a letter with combining accents each count once. An emoji
/// presentation selector (U+FE0F) makes a narrow base two columns, as terminals draw it.
public enum DisplayWidth {
    /// The columns `text` occupies; control characters count zero (they are removed before drawing).
    public static func of(_ text: String) -> Int { of(text, stoppingAbove: .max) }

    /// The columns `text` occupies, or any number above `limit` once it is known to be wider (a caller that
    /// only asks "does it fit?" need not measure a whole paragraph). Printable ASCII is counted by the byte;
    /// only the other runs (see `AsciiRuns`) are read character by character.
    static func of(_ text: String, stoppingAbove limit: Int) -> Int {
        if AsciiRuns.isAllPrintableASCII(text) { return text.utf8.count }
        let measured = text.utf8.withContiguousStorageIfAvailable { bytes in
            var total = 0
            var runs = AsciiRuns(bytes)
            while total <= limit, let run = runs.next() {
                if run.isASCII {
                    total += run.range.count
                } else if AsciiRuns.isStandaloneRun(bytes, run.range) {
                    var offset = run.range.lowerBound
                    while offset < run.range.upperBound {
                        let (scalar, length) = AsciiRuns.scalar(in: bytes, at: offset)
                        total += of(scalar)
                        offset += length
                    }
                } else {
                    for character in AsciiRuns.slice(of: text, run.range) { total += of(character) }
                }
            }
            return total
        }
        return measured ?? text.reduce(0) { $0 + of($1) }
    }

    /// The columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            let value = character.asciiValue ?? 0                       // "\r\n" reports 0x0A
            return value >= 0x20 && value < 0x7F ? 1 : 0
        }
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
        if value < 0x1_0000 { return Int(basicPlane[Int(value)]) }
        return searchedWidth(value)
    }

    /// Above printable ASCII, from the tables: DEL and the C1 controls, then zero-width, then wide code points.
    static func searchedWidth(_ value: UInt32) -> Int {
        if value < 0xA0 { return 0 }                       // DEL and the C1 controls
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.wide, value) { return 2 }
        return 1
    }

    /// `searchedWidth` of every code point below U+10000, looked up instead of searched: Hangul and CJK text
    /// measure each character. Filled from the ranges (not by searching 65,536 times) when first needed.
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

    /// The longest prefix of `text` that fits in `width` columns; with an `ellipsis` the prefix is shortened
    /// further so that the ellipsis fits too (only when something was cut).
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let room = ellipsisWidth <= width ? width - ellipsisWidth : width
        return prefix(of: text, fitting: room) + (ellipsisWidth <= width ? ellipsis : "")
    }

    /// `text` padded with spaces to exactly `width` columns, cut (with the optional ellipsis) when longer.
    public static func pad(
        _ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = ""
    ) -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let gap = max(0, width - of(fitted))
        switch alignment {
        case .left: return fitted + RepeatedText.of(" ", count: gap)
        case .right: return RepeatedText.of(" ", count: gap) + fitted
        case .center:
            let before = gap / 2
            return RepeatedText.of(" ", count: before) + fitted + RepeatedText.of(" ", count: gap - before)
        }
    }

    /// Where padding goes when text is narrower than its field.
    public enum Alignment: Hashable, Sendable { case left, center, right }

    /// The longest prefix of `text` whose width is at most `width` (never splits a grapheme cluster).
    static func prefix(of text: String, fitting width: Int) -> String {
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
