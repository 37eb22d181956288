/// A glyph repeated to fill a rule, a border or padding; nothing for a count below one.
package enum RepeatedText {
    package static func of(_ glyph: String, count: Int) -> String {
        count > 0 ? String(repeating: glyph, count: count) : ""
    }

    package static func of(_ glyph: Character, count: Int) -> String { of(String(glyph), count: count) }
}
