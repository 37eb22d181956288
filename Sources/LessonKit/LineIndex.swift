import Foundation

/// The lines of a text (split at "\n", empty lines kept), found with memchr over its UTF-8 bytes; a line is
/// sliced out only when asked for. Splitting by Character would run grapheme breaking over the whole file,
/// which was once the largest single cost of loading a lesson.
struct LineIndex {
    let text: String
    /// Byte offset of the first byte of each line.
    private let starts: [Int]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()   // so that its bytes can be searched in place
        self.text = text
        starts = text.utf8.withContiguousStorageIfAvailable(Self.lineStarts)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.lineStarts)
    }

    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) {
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(offset)
        }
        return starts
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
