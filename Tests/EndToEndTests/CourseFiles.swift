import Foundation

/// What the repository's own course files say, read here without LessonKit, so that tests comparing the
/// binary's output with it follow the course as it grows and still catch a loader that disagrees with the files.
enum CourseFiles {
    struct Lesson {
        var file: String
        var slug: String
        var chapter: Int
        var order: Int
    }

    /// `Lessons/<language>` in this checkout.
    static func folder(_ language: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").appendingPathComponent(language)
    }

    /// `number → title` for every `- {number: N, title: T}` line of the folder's course.yaml.
    static func chapterTitles(_ language: String) throws -> [Int: String] {
        let text = try String(contentsOf: folder(language).appendingPathComponent("course.yaml"), encoding: .utf8)
        var titles: [Int: String] = [:]
        for line in text.split(separator: "\n") {
            guard let numberRange = line.range(of: "number:"), let titleRange = line.range(of: "title:"),
                  let close = line.lastIndex(of: "}") else { continue }
            let number = line[numberRange.upperBound...].prefix { $0 != "," }.trimmingCharacters(in: .whitespaces)
            let title = line[titleRange.upperBound..<close].trimmingCharacters(in: .whitespaces)
            if let n = Int(number) { titles[n] = title }
        }
        return titles
    }

    /// The folder's lessons in course order (chapter, order, file name), each with the slug, chapter and order
    /// its front matter gives, else its file name (docs/lesson-format.md).
    static func lessons(_ language: String) throws -> [Lesson] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder(language).path)
            .filter { $0.hasSuffix(".md") && !["README.md", "LICENSE.md", "CHANGELOG.md"].contains($0) }
        var lessons: [Lesson] = []
        for name in names {
            let text = try String(contentsOf: folder(language).appendingPathComponent(name), encoding: .utf8)
            var front: [String: String] = [:]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.first == "---" {
                for line in lines.dropFirst() {
                    if line == "---" { break }
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    front[String(line[..<colon])] = line[line.index(after: colon)...]
                        .trimmingCharacters(in: .whitespaces)
                }
            }
            // NN-slug.md or NN-M-slug.md
            var parts = name.dropLast(3).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            var numbers: [Int] = []
            while numbers.count < 2, let first = parts.first, let n = Int(first), parts.count > 1 {
                numbers.append(n)
                parts.removeFirst()
            }
            lessons.append(Lesson(
                file: name,
                slug: front["slug"] ?? parts.joined(separator: "-"),
                chapter: front["chapter"].flatMap(Int.init) ?? numbers.first ?? 0,
                order: front["order"].flatMap(Int.init) ?? (numbers.count > 1 ? numbers[1] : 0)))
        }
        return lessons.sorted {
            // Chapter 0 (no chapter) comes last.
            let a = ($0.chapter == 0 ? Int.max : $0.chapter, $0.order), b = ($1.chapter == 0 ? Int.max : $1.chapter, $1.order)
            return a != b ? a < b : $0.file < $1.file
        }
    }
}
