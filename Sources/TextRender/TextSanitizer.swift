/// Makes lesson text safe to send to a terminal: a lesson file must never be able to move the cursor, change
/// the title, switch character sets or reorder text on screen.
public enum TextSanitizer {
    /// `text` without escape sequences, control characters, bidirectional overrides or soft hyphens.
    /// Tabs, newlines and other line separators become single spaces (layout is the renderer's job).
    public static func clean(_ text: String) -> String {
        if !mayNeedAttention(text) || !bytePairsMayNeedAttention(text) { return text }   // the usual cases, on bytes
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

    /// False when no code point of `text` can need attention: every one that does is encoded starting with a
    /// byte below 0x20, 0x7F, 0xC2 (U+0080–U+00BF) or 0xE2 (U+2000–U+2FFF), and those bytes never occur
    /// inside another code point. One pass without early exit, so it vectorises; Hangul and CJK pass too.
    static func mayNeedAttention(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            var flagged: UInt8 = 0
            for byte in bytes {
                flagged |= (byte < 0x20 ? 1 : 0) | (byte == 0x7F ? 1 : 0) | (byte == 0xC2 ? 1 : 0) | (byte == 0xE2 ? 1 : 0)
            }
            return flagged != 0
        }
        return answer ?? true
    }

    /// The finer look, for text that `mayNeedAttention` flags: false when no code point can need attention.
    /// Those that do are a byte below 0x20 or 0x7F, or 0xC2 then 0x80–0x9F or 0xAD (C1 controls, soft hyphen),
    /// or 0xE2 then 0x80 or 0x81 (U+2000–U+207F: line separators, bidi controls). So box drawing, arrows and
    /// check marks (0xE2 then 0x86–0x9D), in every table border and rule, pass without decoding a code point.
    static func bytePairsMayNeedAttention(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F { return true }
                if previous == 0xC2, byte <= 0x9F || byte == 0xAD { return true }
                if previous == 0xE2, byte <= 0x81 { return true }
                previous = byte
            }
            return false
        }
        return answer ?? true
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
