/// The lines of a text (split at "\n", empty lines kept), found on its UTF-8 bytes; a line is sliced out only
/// when asked for.
struct LineIndex {
    let text: String
    /// Byte offset of the first byte of each line.
    private let starts: [Int]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()   // a no-op for text read from a file; then its bytes are searched in place
        self.text = text
        starts = text.utf8.withContiguousStorageIfAvailable { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
            return starts
        } ?? [0]
    }

    var count: Int { starts.count }
    var indices: Range<Int> { 0..<starts.count }

    /// Line `number` (0-based) without its "\n"; shares the text's storage.
    subscript(number: Int) -> Substring {
        text[startIndex(ofLine: number)..<endIndex(ofLine: number)]
    }

    /// Where line `number` starts in `text`.
    func startIndex(ofLine number: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: starts[number])
    }

    /// Where line `number` ends in `text` (at its "\n", or the end of the text for the last line).
    func endIndex(ofLine number: Int) -> String.Index {
        number + 1 < starts.count ? text.utf8.index(text.utf8.startIndex, offsetBy: starts[number + 1] - 1) : text.endIndex
    }
}
