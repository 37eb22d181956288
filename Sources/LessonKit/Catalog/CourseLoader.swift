import Foundation
import TutorBasics

/// Loads a course directory: either one folder per language (`en/`, `ko/`, same slugs) or a flat folder of
/// lessons in one language. Never fails: problems become diagnostics on the course or on the lesson concerned,
/// and a broken lesson is still listed so the rest of the course works.
public enum CourseLoader {
    /// Files in a course folder that are not lessons.
    static let ignoredFiles: Set<String> = ["readme.md", "license.md", "changelog.md"]

    /// The languages that have a folder in `directory`; empty for a flat, one-language course.
    public static func languages(in directory: String) -> [Language] {
        Language.allCases.filter { isDirectory(join(directory, $0.rawValue)) }
    }

    /// One language of the course. In a per-language course a missing language falls back to English, then to
    /// the first language present; `Course.language` says which was loaded. A flat folder is taken to be in
    /// `language`.
    public static func load(_ directory: String, language: Language) -> Course {
        let present = languages(in: directory)
        guard !present.isEmpty else { return loadFolder(directory, language: language) }
        let chosen = present.contains(language) ? language : present.contains(.en) ? .en : present[0]
        return loadFolder(join(directory, chosen.rawValue), language: chosen)
    }

    /// Every language of the course (one course for a flat folder), for `threadtutor check`.
    public static func loadAll(_ directory: String, flatLanguage: Language = .en) -> [Course] {
        let present = languages(in: directory)
        guard !present.isEmpty else { return [loadFolder(directory, language: flatLanguage)] }
        return present.map { loadFolder(join(directory, $0.rawValue), language: $0) }
    }

    /// The lessons of one folder, in chapter and order, with the course file's titles.
    static func loadFolder(_ folder: String, language: Language) -> Course {
        let origin = SourceLocation(path: folder, line: 1, column: 1)
        guard FileManager.default.fileExists(atPath: folder) else {
            return Course(language: language, root: folder, chapters: [],
                          diagnostics: [Diagnostic("course directory does not exist", at: origin)])
        }
        guard isDirectory(folder) else {
            return Course(language: language, root: folder, chapters: [],
                          diagnostics: [Diagnostic("not a directory: a course is a folder of lesson files", at: origin)])
        }
        var diagnostics: [Diagnostic] = []
        let courseFile = readCourseFile(in: folder)
        diagnostics += courseFile.diagnostics

        var lessons = lessonFiles(in: folder).map { loadLesson(join(folder, $0), language: language) }
        if lessons.isEmpty {
            diagnostics.append(Diagnostic(
                "no lessons here: a course is a folder of .md lesson files, or en/ and ko/ folders of them", at: origin))
        }
        lessons.sort { ($0.chapter == 0 ? Int.max : $0.chapter, $0.order, $0.path) <
                       ($1.chapter == 0 ? Int.max : $1.chapter, $1.order, $1.path) }
        markDuplicateSlugs(&lessons)
        let chapters = group(lessons, titles: courseFile.chapterTitles, language: language)
        return Course(language: language, root: folder, chapters: chapters, diagnostics: diagnostics,
                      title: courseFile.title ?? LessonParser.humanized(LessonParser.fileName(of: folder)))
    }

    static func loadLesson(_ path: String, language: Language) -> Lesson {
        guard let data = FileManager.default.contents(atPath: path) else {
            let name = LessonFileName(LessonParser.fileName(of: path))
            return Lesson(slug: name.slug, title: LessonParser.humanized(name.slug), chapter: name.chapter ?? 0,
                          order: name.order ?? 0, summary: "", path: path, language: language, steps: [],
                          diagnostics: [Diagnostic("cannot read this file", at: SourceLocation(path: path, line: 1, column: 1))])
        }
        return LessonParser.parse(bytes: [UInt8](data), path: path, language: language)
    }

    static func readCourseFile(in folder: String) -> CourseFile {
        let path = join(folder, CourseFile.fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return CourseFile() }
        switch SourceText.decode([UInt8](data), path: path) {
        case .success(let text): return CourseFile(text, path: path)
        case .failure(let diagnostic):
            var file = CourseFile()
            file.diagnostics = [diagnostic]
            return file
        }
    }

    /// Markdown files directly in `folder`, by name.
    static func lessonFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            let lower = name.lowercased()
            return (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) && !lower.hasPrefix(".")
                && !ignoredFiles.contains(lower) && !isDirectory(join(folder, name))
        }.sorted()
    }

    /// The second and later lessons with a slug already taken are broken: a name must lead to one lesson.
    static func markDuplicateSlugs(_ lessons: inout [Lesson]) {
        var firstPath: [String: String] = [:]
        for index in lessons.indices {
            let slug = lessons[index].slug.lowercased()
            guard let other = firstPath[slug] else {
                firstPath[slug] = lessons[index].path
                continue
            }
            let location = lessons[index].slugLocation ?? SourceLocation(path: lessons[index].path, line: 1, column: 1)
            lessons[index].diagnostics.append(Diagnostic(
                "duplicate slug '\(lessons[index].slug)': \(other) already uses it", at: location))
        }
    }

    static func group(_ lessons: [Lesson], titles: [Int: String], language: Language) -> [Chapter] {
        var chapters: [Chapter] = []
        for lesson in lessons {
            if chapters.last?.number == lesson.chapter {
                chapters[chapters.count - 1].lessons.append(lesson)
            } else {
                let title = titles[lesson.chapter] ?? defaultTitle(chapter: lesson.chapter, language: language)
                chapters.append(Chapter(number: lesson.chapter, title: title, lessons: [lesson]))
            }
        }
        return chapters
    }

    static func defaultTitle(chapter: Int, language: Language) -> String {
        language.catalog(chapter == 0 ? .moreLessons : .chapter(chapter))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
