import LessonKit
import TextKernel
import TextRender
import TutorBasics

/// The plain-text lesson list shared by `threadtutor list` and `threadtutor` without a terminal.
enum CourseListing {
    static func render(_ course: Course) -> String {
        var out = ""
        let numberWidth = 6
        let slugWidth = max(12, course.lessons.map { DisplayWidth.of($0.slug) }.max() ?? 0)
        for chapter in course.chapters {
            out += "\(chapter.number). \(chapter.title)\n"
            for (index, lesson) in chapter.lessons.enumerated() {
                let number = DisplayWidth.pad("\(chapter.number).\(index + 1)", to: numberWidth)
                let slug = DisplayWidth.pad(lesson.slug, to: slugWidth)
                let mark = lesson.isBroken ? "  [\(course.language.catalog(.listBrokenMark))]" : ""
                out += "   \(number)\(slug)  \(lesson.title)\(mark)\n"
            }
        }
        if course.lessons.isEmpty { out += "(\(course.language.catalog(.listNoLessons(folder: course.root))))\n" }
        return out
    }
}
