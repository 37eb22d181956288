import Testing
@testable import TextRender

/// The byte pre-check must never let through a code point that `clean` would change.
@Suite struct TextSanitizerPreCheckTests {
    @Test func everyCodePointThatNeedsAttentionIsFlagged() {
        var missed: [UInt32] = []
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value), TextSanitizer.needsAttention(scalar) else { continue }
            let text = "a" + String(scalar) + "한"
            if !TextSanitizer.mayNeedAttention(text) || !TextSanitizer.bytePairsMayNeedAttention(text) {
                missed.append(value)
            }
        }
        #expect(missed.isEmpty, "first: \(missed.prefix(5).map { String($0, radix: 16) })")
        #expect(!TextSanitizer.mayNeedAttention("plain text, 스레드는 线程 é"))
        #expect(TextSanitizer.mayNeedAttention("arrow → ok"))          // U+2192 starts with 0xE2: looked at in pairs
        #expect(!TextSanitizer.bytePairsMayNeedAttention("arrow → ok, ─┼─ │ ✓ ·°"))   // 0xE2 0x86…0x9C, 0xC2 0xB0…
        #expect(TextSanitizer.bytePairsMayNeedAttention("em dash — is looked at"))    // 0xE2 0x80: checked fully
        #expect(TextSanitizer.bytePairsMayNeedAttention("\u{85}") && TextSanitizer.bytePairsMayNeedAttention("soft\u{AD}hyphen"))
    }
}
