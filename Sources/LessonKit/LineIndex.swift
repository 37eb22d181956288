/// The lines of a text (split at "\n", empty lines kept), found with one pass over its UTF-8 bytes; a line is
/// sliced out only when asked for. Splitting by Character would run grapheme breaking over the whole file,
/// which was once the largest single cost of loading a lesson.
struct LineIndex {
    let text: String
    /// Byte offset of the first byte of each line.
    private var starts: [Int] = [0]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.starts = starts
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
