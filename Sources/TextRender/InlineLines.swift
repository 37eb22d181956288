/// The lines `InlineRenderer` is building, with the end of the last one kept alongside: a soft break looks at
/// the character before it, and joining the line's spans again at every soft break made long paragraphs
/// quadratic. It must be the last character of the whole line, not of the last span (a span may start with a
/// combining mark that belongs to the character before it).
struct InlineLines {
    private(set) var lines = [StyledLine()]
    /// The last line's text from its last point where two printable ASCII bytes meet (or from its start): such
    /// a point is always a cluster boundary, so this tail ends in the same character as the whole line, and it
    /// stays short without copying every text twice.
    private var lastLineTail = ""
    /// When the line ends in two printable ASCII bytes (nearly always), the last one, and `lastLineTail` is
    /// not kept up to date: that byte alone is the tail.
    private var lastASCIIByte: UInt8?

    /// The last character of the line being built, nil when it is still empty.
    var lastCharacter: Character? {
        if let lastASCIIByte { return Character(Unicode.Scalar(lastASCIIByte)) }
        return lastLineTail.last
    }

    mutating func append(_ text: String, _ style: Style) {
        guard !text.isEmpty else { return }
        lines[lines.count - 1].append(text, style)
        let utf8 = text.utf8
        if let last = utf8.last, AsciiRuns.isPrintableASCII(last),
           let before = utf8.count > 1 ? utf8[utf8.index(utf8.endIndex, offsetBy: -2)] : lastASCIIByte,
           AsciiRuns.isPrintableASCII(before) {
            lastASCIIByte = last
            return
        }
        if let lastASCIIByte {
            lastLineTail = String(Unicode.Scalar(lastASCIIByte))
            self.lastASCIIByte = nil
        }
        lastLineTail = Self.tail(of: lastLineTail, followedBy: text)
    }

    /// A hard line break.
    mutating func startLine() {
        lines.append(StyledLine())
        lastLineTail = ""
        lastASCIIByte = nil
    }

    /// The tail of `tail + text` (see `lastLineTail`).
    static func tail(of tail: String, followedBy text: String) -> String {
        let utf8 = text.utf8
        var index = utf8.index(before: utf8.endIndex)
        while index > utf8.startIndex {
            let before = utf8.index(before: index)
            if AsciiRuns.isPrintableASCII(utf8[before]) && AsciiRuns.isPrintableASCII(utf8[index]) {
                return String(text[index...])
            }
            index = before
        }
        if let last = tail.utf8.last, AsciiRuns.isPrintableASCII(last), AsciiRuns.isPrintableASCII(utf8[utf8.startIndex]) {
            return text
        }
        return tail + text
    }
}
