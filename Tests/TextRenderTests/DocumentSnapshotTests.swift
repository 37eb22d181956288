import LessonKit
import SnapshotTesting
import Testing
@testable import TextRender

/// Whole documents at several widths. Rows are quoted so that trailing spaces and widths show.
@Suite struct DocumentSnapshotTests {
    static func text(_ blocks: [Block], width: Int, options: RenderOptions = .standard) -> String {
        DocumentRenderer.render(blocks, width: width, options: options)
            .map { "|" + $0.plainText + "|" }
            .joined(separator: "\n")
    }

    @Test(arguments: [80, 40, 20])
    func english(width: Int) {
        assertSnapshot(of: Self.text(SampleDocument.english, width: width), as: .lines, named: "en-\(width)")
    }

    @Test(arguments: [80, 40, 20])
    func korean(width: Int) {
        assertSnapshot(of: Self.text(SampleDocument.korean, width: width), as: .lines, named: "ko-\(width)")
    }

    @Test func asciiGlyphs() {
        assertSnapshot(of: Self.text(SampleDocument.english, width: 40, options: .ascii), as: .lines, named: "en-40-ascii")
    }

    @Test func everyLineFitsAtEveryWidth() {
        for width in 1...100 {
            for document in [SampleDocument.english, SampleDocument.korean] {
                for line in DocumentRenderer.render(document, width: width) {
                    #expect(line.width <= width, "width \(width): |\(line.plainText)|")
                }
            }
        }
    }
}
