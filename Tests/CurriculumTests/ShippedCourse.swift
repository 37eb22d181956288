import Foundation
import LessonKit
import TutorBasics

/// The course in this repository's Lessons/ folder, loaded once per language.
enum ShippedCourse {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons").path

    static let english = CourseLoader.load(root, language: .en)
    static let korean = CourseLoader.load(root, language: .ko)

    static var allLessons: [Lesson] { english.lessons + korean.lessons }
}
