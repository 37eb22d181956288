import Foundation
import LessonKit
import Testing
import TutorBasics
@testable import TextRender

/// Every shipped lesson, parsed for real, fits every width: the renderer must cope with whatever the
/// course authors write, not only with the sample document.
@Suite struct ShippedLessonsTests {
    static let lessonsRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    static func lessonFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: lessonsRoot, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "md" }
            .sorted { $0.path < $1.path }
    }

    @Test func lessonsExist() {
        #expect(Self.lessonFiles().count >= 2)
    }

    @Test(arguments: [20, 33, 40, 57, 80, 121])
    func everyLineFits(width: Int) throws {
        for file in Self.lessonFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            let language: Language = file.path.contains("/ko/") ? .ko : .en
            let lesson = LessonParser.parse(text, path: file.path, language: language)
            for step in lesson.steps {
                for options in [RenderOptions.standard, .ascii] {
                    for line in DocumentRenderer.render(step.blocks + step.notes, width: width, options: options) {
                        #expect(line.width <= width, "\(file.lastPathComponent) at \(width): |\(line.plainText)|")
                    }
                }
            }
        }
    }
}
