/// Text read the way lesson text mostly is: stretches of printable ASCII on their UTF-8 bytes (each byte is a
/// character one column wide), and every other grapheme cluster on its own. A line that mixes ASCII with a few
/// other characters (a dash, a no-break space, a Korean word) is then looked at character by character only
/// where those characters are.
package enum TextRuns {
    package enum Run {
        /// Printable ASCII (U+0020–U+007E), every byte a character of its own; the slice's indices are byte
        /// offsets in the whole text.
        case ascii(Slice<UnsafeBufferPointer<UInt8>>)
        /// Any other grapheme cluster, and the byte offsets it takes up.
        case character(Character, Range<Int>)
    }

    /// Calls `body` with each run of `text`, in order. The bytes are valid only during the call.
    package static func forEach(in text: String, _ body: (Run) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ walk(text, $0, body) }) != nil { return }
        var copy = text
        copy.makeContiguousUTF8()
        let contiguous = copy
        _ = contiguous.utf8.withContiguousStorageIfAvailable { walk(contiguous, $0, body) }
    }

    private static func walk(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Run) -> Void) {
        var position = 0
        // After a cluster, where the next one starts, as `index(after:)` gave it: already known to be a cluster
        // boundary, so the next step does not look back for one.
        var next: (offset: Int, index: String.Index) = (0, text.startIndex)
        while position < bytes.count {
            var end = position
            while end < bytes.count, DisplayWidth.isPrintableASCII(bytes[end]) { end += 1 }
            // A byte followed by a non-ASCII one may start a longer cluster (e + U+0301, a + U+FE0F). Between two
            // ASCII bytes there is always a cluster boundary, except inside CR LF, which is not printable.
            if end < bytes.count && bytes[end] >= 0x80 && end > position { end -= 1 }
            if end > position {
                body(.ascii(bytes[position..<end]))
                position = end
                continue
            }
            let index = next.offset == position ? next.index : Self.index(position, in: text)
            let after = text.index(after: index)
            next = (text.utf8.distance(from: text.startIndex, to: after), after)
            body(.character(text[index], position..<next.offset))
            position = next.offset
        }
    }

    /// Where byte `offset` is in `text` (constant time: the text is stored as UTF-8).
    package static func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
