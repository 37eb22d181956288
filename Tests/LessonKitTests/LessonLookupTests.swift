import Testing
import TutorBasics
@testable import LessonKit

/// Finding a lesson by slug, number, prefix of slug or title, in either language, with suggestions.
@Suite struct LessonLookupTests {
    static func lesson(_ slug: String, _ title: String, chapter: Int, order: Int, language: Language = .en) -> Lesson {
        Lesson(slug: slug, title: title, chapter: chapter, order: order, summary: "", path: "\(language)/\(slug).md",
               language: language, steps: [])
    }

    static func course(_ language: Language, _ titles: [String]) -> Course {
        let slugs = ["why", "gil", "lifecycle", "states", "pools"]
        let lessons = zip(slugs, titles).enumerated().map { index, pair in
            lesson(pair.0, pair.1, chapter: [1, 2, 4, 4, 6][index], order: [1, 1, 1, 2, 1][index], language: language)
        }
        let chapters = Dictionary(grouping: lessons, by: \.chapter).sorted { $0.key < $1.key }
            .map { Chapter(number: $0.key, title: "C\($0.key)", lessons: $0.value) }
        return Course(language: language, root: language.rawValue, chapters: chapters)
    }

    let english = course(.en, ["Why threads", "The GIL", "The thread lifecycle", "Thread states", "Thread pools"])
    let korean = course(.ko, ["왜 스레드인가", "GIL", "스레드의 생애", "스레드 상태", "스레드 풀"])

    func slug(_ lookup: LessonLookup) -> String? {
        if case .found(let lesson) = lookup { return "\(lesson.language):\(lesson.slug)" }
        return nil
    }

    @Test(arguments: [
        ("lifecycle", "en:lifecycle"),
        ("LIFECYCLE", "en:lifecycle"),
        ("4", "en:lifecycle"),
        ("4.2", "en:states"),
        ("6", "en:pools"),
        ("life", "en:lifecycle"),
        ("the thread", "en:lifecycle"),
        ("thread pools", "en:pools"),
        ("the gil", "en:gil"),
        ("  po ", "en:pools"),
    ])
    func findsInThisLanguage(name: String, expected: String) {
        #expect(slug(english.find(name)) == expected)
    }

    @Test func koreanTitlesFindTheEnglishLessonWithTheSameSlug() {
        #expect(slug(english.find("스레드의", alsoSearching: korean)) == "en:lifecycle")
        #expect(slug(korean.find("thread p", alsoSearching: english)) == "ko:pools")
        #expect(slug(english.find("스레드의")) == nil, "without the other course it is not searched")
    }

    @Test func shortPrefixesAreAmbiguous() {
        guard case .ambiguous(let lessons) = english.find("th") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(lessons.map(\.slug) == ["gil", "lifecycle", "states", "pools"])
    }

    @Test func exactSlugBeatsPrefix() {
        let extra = Self.lesson("gil-deep", "GIL in depth", chapter: 2, order: 2)
        var course = english
        course.chapters[1].lessons.append(extra)
        #expect(slug(course.find("gil")) == "en:gil")
    }

    @Test func unknownNamesSuggestTheClosestSlugs() {
        #expect(english.find("lifecyle") == .notFound(suggestions: ["lifecycle"]))
        #expect(english.find("pool") == .found(english.lessons[4]))
        #expect(english.find("stats") == .notFound(suggestions: ["states"]))
        #expect(english.find("zzzzzz") == .notFound(suggestions: []))
        #expect(english.find("") == .notFound(suggestions: []))
    }

    @Test func numbersThatDoNotExist() {
        #expect(english.find("3") == .notFound(suggestions: []))
        #expect(english.find("4.3") == .notFound(suggestions: []))
        #expect(english.find("4.0") == .notFound(suggestions: []))
    }

    @Test func namesAreNeverPaths() {
        #expect(english.find("../../etc/passwd") == .notFound(suggestions: []))
        #expect(english.find("/en/lifecycle.md") == .notFound(suggestions: []))
    }
}
