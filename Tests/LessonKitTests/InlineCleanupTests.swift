import Testing
@testable import LessonKit

/// `mayNeedCleaning` lets the converter skip cleaning; it must never say "clean" for content cleaning would change.
@Suite struct InlineCleanupTests {
    static let pieces: [Inline] = [
        .text("a"), .text("a "), .text(" a"), .text(" "), .text(""), .text("x {:toc} y"), .text("{% raw %}"),
        .softBreak, .lineBreak, .code("c"), .emphasis([.text("e")]), .link(text: [.text("l")], destination: "d"),
    ]

    @Test func contentSaidToBeCleanIsLeftAsItIs() {
        var generator = SystemRandomNumberGenerator()
        var clean = 0
        for _ in 0..<20_000 {
            let inlines = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
            }
            guard !InlineCleanup.mayNeedCleaning(inlines) else { continue }
            clean += 1
            #expect(InlineCleanup.trimmed(InlineCleanup.merged(inlines)) == inlines, "\(inlines)")
            #expect(!inlines.contains { InlineCleanup.plainText([$0]).contains("{") }, "\(inlines)")
            #expect(!zip(inlines, inlines.dropFirst()).contains { $0 == .lineBreak && $1 == .softBreak })
        }
        #expect(clean > 1_000, "the generator should produce plenty of clean runs")
    }

    @Test func typicalRunsNeedNoCleaning() {
        #expect(!InlineCleanup.mayNeedCleaning([.text("A "), .emphasis([.text("thread")]), .text(" runs."),
                                                .softBreak, .text("It ends.")]))
        #expect(InlineCleanup.mayNeedCleaning([.text("A"), .text("B")]))
        #expect(InlineCleanup.mayNeedCleaning([.text("Trailing "), .lineBreak]))
        #expect(InlineCleanup.mayNeedCleaning([.text("Open {:target=\"_blank\"}")]))
    }
}
