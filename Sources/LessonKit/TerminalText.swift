/// Makes lesson text safe to hand to a terminal: no control characters, no escape sequences.
///
/// A lesson file is untrusted input (a teacher may paste a blog post); an ESC or a C1 control
/// that reached the screen could move the cursor or change colours behind the UI's back.
enum TerminalText {
    /// Prose: every control character is dropped, except tab and newline, which become spaces.
    static func prose(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// Code: newlines stay, tabs expand to the next multiple of four columns, other controls are dropped.
    static func code(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        // Fast path on bytes: controls are below 0x20, DEL, or C1 (U+0080…U+009F, lead byte 0xC2). A newline in
        // code is kept as it is, so code with no other control is returned untouched.
        let kept: UInt8 = keepNewlines ? UInt8(ascii: "\n") : 0xFF
        guard text.containsByte(where: { ($0 < 0x20 && $0 != kept) || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: { isControl($0) && $0.value != UInt32(kept) }) else { return text }
        var out = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if keepNewlines { out.append(scalar); column = 0 } else { out.append(" "); column += 1 }
            case "\t":
                let width = keepNewlines ? 4 - column % 4 : 1
                out.append(contentsOf: repeatElement(" ", count: width))
                column += width
            case _ where isControl(scalar):
                continue
            default:
                out.append(scalar)
                column += 1
            }
        }
        return String(out)
    }

    /// C0 controls, DEL and C1 controls (which include the 8-bit CSI, U+009B).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
