import Testing
@testable import TextRender

/// The byte pre-check must never let through a code point that `clean` would change.
@Suite struct TextSanitizerPreCheckTests {
    @Test func everyCodePointThatNeedsAttentionIsFlagged() {
        var missed: [UInt32] = []
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value), TextSanitizer.needsAttention(scalar) else { continue }
            if !TextSanitizer.mayNeedAttention("a" + String(scalar) + "한") { missed.append(value) }
        }
        #expect(missed.isEmpty, "first: \(missed.prefix(5).map { String($0, radix: 16) })")
        #expect(!TextSanitizer.mayNeedAttention("plain text, 스레드는 线程 é"))
        #expect(TextSanitizer.mayNeedAttention("arrow → ok"))          // U+2192 starts with 0xE2: checked fully
    }
}
