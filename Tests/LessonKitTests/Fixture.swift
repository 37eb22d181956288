import Foundation
import TutorBasics
@testable import LessonKit

/// Test inputs: files under Fixtures/ and small lessons written inline.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// A lesson parsed from inline Markdown, as if read from `path`.
    static func lesson(_ markdown: String, path: String = "en/01-sample.md", language: Language = .en) -> Lesson {
        LessonParser.parse(markdown, path: path, language: language)
    }

    /// The blocks of a one-step lesson body.
    static func blocks(_ markdown: String) -> [Block] {
        lesson(markdown).steps.flatMap(\.blocks)
    }

    /// Each diagnostic as the user sees it: `path:line:col: message`.
    static func messages(_ lesson: Lesson) -> [String] {
        lesson.diagnostics.map(\.description)
    }
}
