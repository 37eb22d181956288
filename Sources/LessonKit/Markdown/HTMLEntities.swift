/// Decodes HTML character references that cmark leaves alone because they sit inside raw HTML.
enum HTMLEntities {
    /// The named references blog posts actually use; anything else is left as written.
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'",
        "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "bull": "•", "copy": "©", "reg": "®",
        "trade": "™", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "times": "×", "divide": "÷", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔",
        "le": "≤", "ge": "≥", "ne": "≠", "deg": "°", "plusmn": "±", "para": "¶", "sect": "§",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    ]

    /// `&name;`, `&#123;` and `&#x7B;` become characters. Control characters that a numeric
    /// reference could smuggle in are removed later by `TextSanitizer`.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            guard let semi = rest[afterAmp...].prefix(12).firstIndex(of: ";"),
                  let decoded = character(for: rest[afterAmp..<semi]) else {
                out += "&"
                rest = rest[afterAmp...]
                continue
            }
            out += decoded
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func character(for reference: Substring) -> String? {
        if reference.hasPrefix("#") {
            let digits = reference.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(reference)]
    }
}
