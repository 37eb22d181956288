/// Splits UTF-8 text into runs of printable ASCII, where every byte is one grapheme cluster one column wide,
/// and runs of everything else, which must be read as `Character`s.
///
/// A run of other bytes takes the ASCII byte on either side of it along (e + U+0301 is one cluster, and so is
/// U+0600 + 1) and ends only where two printable ASCII bytes meet, which is always a cluster boundary; so both
/// kinds of run start and end on cluster boundaries, and reading each on its own gives the text's clusters.
struct AsciiRuns: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The run of other bytes found right after an ASCII run, returned next.
    private var pendingOther: Range<Int>?

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// Whether every byte of `text` is printable ASCII. Written as a maximum over the whole buffer (printable
    /// bytes are exactly those with `byte - 0x20` below 0x5F, wrapping) so that it vectorises; an early exit
    /// would not, and most texts that reach here are printable ASCII to the end anyway.
    static func isAllPrintableASCII(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            var highest: UInt8 = 0
            for byte in bytes { highest = max(highest, byte &- 0x20) }
            return highest < 0x5F
        }
        return answer ?? text.utf8.allSatisfy(isPrintableASCII)
    }

    /// `isAllPrintableASCII`, letting newlines through too (code blocks); also free of early exits.
    static func isAllPrintableASCII(_ text: String, orNewline: Bool) -> Bool {
        guard orNewline else { return isAllPrintableASCII(text) }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            var highest: UInt8 = 0
            for byte in bytes { highest = max(highest, byte == 0x0A ? 0 : byte &- 0x20) }
            return highest < 0x5F
        }
        return answer ?? text.utf8.allSatisfy { isPrintableASCII($0) || $0 == 0x0A }
    }

    /// The next run: its byte offsets, and whether it is printable ASCII.
    mutating func next() -> (range: Range<Int>, isASCII: Bool)? {
        if let other = pendingOther {
            pendingOther = nil
            return (other, false)
        }
        guard position < bytes.count else { return nil }
        var firstOther = position
        while firstOther < bytes.count && Self.isPrintableASCII(bytes[firstOther]) { firstOther += 1 }
        if firstOther == bytes.count {
            defer { position = bytes.count }
            return (position..<bytes.count, true)
        }
        let otherStart = max(position, firstOther - 1)
        var otherEnd = firstOther + 1
        while otherEnd < bytes.count
                && !(Self.isPrintableASCII(bytes[otherEnd - 1]) && Self.isPrintableASCII(bytes[otherEnd])) {
            otherEnd += 1
        }
        let ascii = position..<otherStart
        position = otherEnd
        if ascii.isEmpty { return (otherStart..<otherEnd, false) }
        pendingOther = otherStart..<otherEnd
        return (ascii, true)
    }

    /// Whether every code point in `range` is a grapheme cluster of its own whatever its neighbours in the
    /// run are (see `isStandalone`), so the run can be read by code point instead of by `Character`.
    static func isStandaloneRun(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (scalar, length) = scalar(in: bytes, at: offset)
            guard isStandalone(scalar) else { return false }
            offset += length
        }
        return true
    }

    /// Code points that never join a neighbouring code point of this list into one cluster: they are not
    /// Extend, ZWJ, SpacingMark or Prepend, not a regional indicator, not a conjoining Hangul jamo (the
    /// precomposed syllables are fine) and not an emoji presentation selector. Printable ASCII, Latin letters,
    /// punctuation, arrows and symbols, CJK punctuation, kana, ideographs, Hangul syllables and fullwidth
    /// forms: what lessons are written in. The tests check every one against Swift's own clusters.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF,
             0x2100...0x2BFF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D:
            true
        default:
            false
        }
    }

    /// The code point starting at `offset` of valid UTF-8, and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
        let (value, length): (UInt32, Int) = switch lead {
        case ..<0x80: (lead, 1)
        case ..<0xE0: ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The text between two UTF-8 offsets that lie on character boundaries.
    static func slice(of text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return text[lower..<upper]
    }
}
