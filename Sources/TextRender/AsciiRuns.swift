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

    /// The text between two UTF-8 offsets that lie on character boundaries.
    static func slice(of text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return text[lower..<upper]
    }
}
