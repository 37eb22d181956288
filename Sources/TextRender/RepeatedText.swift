/// `String(repeating:count:)` for the short glyphs layout draws again and again (rules, borders, padding): the
/// bytes are copied into one buffer of the final size, where the standard one appends the glyph count times
/// (a table border cost more than its row).
enum RepeatedText {
    static func of(_ glyph: String, count: Int) -> String {
        guard count > 0, !glyph.isEmpty else { return "" }
        var glyph = glyph
        glyph.makeContiguousUTF8()
        return glyph.utf8.withContiguousStorageIfAvailable { unit in
            String(unsafeUninitializedCapacity: unit.count * count) { buffer in
                var index = 0
                for _ in 0..<count {
                    for byte in unit {
                        buffer[index] = byte
                        index += 1
                    }
                }
                return index
            }
        } ?? String(repeating: glyph, count: count)
    }

    static func of(_ glyph: Character, count: Int) -> String { of(String(glyph), count: count) }
}
