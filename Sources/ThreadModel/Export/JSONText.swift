/// Hand-written JSON so that key order is fixed and documented (docs/timeline-json.md).
package enum JSONText {
    package static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    package static func quote(_ text: String?) -> String { text.map { quote($0) } ?? "null" }

    package static func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    /// An object with its members in the given order.
    package static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    package static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A fraction rounded to four decimals, without exponent notation.
    package static func fraction(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let whole = scaled / 10_000, rest = scaled % 10_000
        guard rest != 0 else { return "\(whole)" }
        var digits = String(rest)
        while digits.count < 4 { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
