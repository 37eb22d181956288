/// Makes text safe to send to a terminal: a lesson file (a teacher may paste a blog post) must never be able to
/// move the cursor, change the title, switch character sets or reorder text on screen.
///
/// Text is cleaned twice on its way to the screen, here both times: when a lesson is loaded (LessonKit cleans
/// every string it keeps) and when text is written out (`AnsiRenderer`; the UI's cell buffer draws only
/// characters that have a width, which no control has).
public enum TextSanitizer {
    /// `text` without escape sequences, control characters, bidirectional overrides or soft hyphens.
    /// Tabs, newlines and other line separators become single spaces (layout is the renderer's job).
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsAttention) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B: skipEscapeSequence(&scalars)
            case 0x9B: skipControlSequence(&scalars)                 // C1 CSI
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: skipString(&scalars)  // C1 OSC, DCS, SOS, PM, APC
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: output.append(" ")
            default: if !isDropped(scalar) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// Code: tabs expanded to 4-column stops (Python's convention, in display columns), newlines kept, and each
    /// line cleaned on its own (so nothing can run from one line into the next).
    public static func cleanCode(_ text: String) -> String {
        let expanded = expandingTabs(text)
        guard expanded.unicodeScalars.contains(where: { $0 != "\n" && needsAttention($0) }) else { return expanded }
        return expanded.split(separator: "\n", omittingEmptySubsequences: false)
            .map { clean(String($0)) }
            .joined(separator: "\n")
    }

    /// Tabs to spaces at 4-column stops, measured in display columns.
    static func expandingTabs(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\t")) else { return text }   // a tab is always a cluster of its own
        var result = ""
        var column = 0
        for character in text {
            switch character {
            case "\t":
                let spaces = 4 - column % 4
                result += String(repeating: " ", count: spaces)
                column += spaces
            case "\n":
                result.append(character)
                column = 0
            default:
                result.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return result
    }

    /// Whether `scalar` would be removed or replaced by `clean`.
    public static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || isDropped(scalar)
    }

    /// Controls, bidi embeddings/overrides/isolates (they can make code read differently from how it runs)
    /// and the soft hyphen, which terminals draw inconsistently.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// After ESC: a CSI (`[`), a string (`]`, `P`, `X`, `^`, `_`), or a two/three-character sequence.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        case " "..."/":                                      // intermediates, then one final byte
            while let more = scalars.next(), (0x20...0x2F).contains(more.value) {}
        default: return
        }
    }

    /// Parameters and intermediates up to and including the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) || scalar.value < 0x20 { return }
        }
    }

    /// An OSC/DCS-style string, ended by BEL, ST (ESC \) or C1 ST.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}
