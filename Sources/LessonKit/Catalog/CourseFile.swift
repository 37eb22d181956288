import TutorBasics
import Yams

/// A language folder's `course.yaml`: the course title and the chapters' numbers and titles.
struct CourseFile: Hashable, Sendable {
    static let fileName = "course.yaml"

    var title: String?
    /// Chapter titles by number.
    var chapterTitles: [Int: String] = [:]
    var diagnostics: [Diagnostic] = []

    init() {}

    init(_ text: String, path: String) {
        let yaml = EmbeddedYAML(text: text, origin: SourceLocation(path: path, line: 1, column: 1), what: "course file")
        switch yaml.composeMapping() {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        case .success(let mapping):
            var reader = YAMLMappingReader(mapping: mapping, yaml: yaml)
            reader.rejectUnknownKeys(["title", "chapters"])
            title = reader.string("title")?.trimmingSpaces
            let chapters = reader.node("chapters")
            if let chapters, chapters.sequence == nil {
                reader.report("'chapters' in course file must be a list of {number: N, title: …}", at: "chapters")
            }
            diagnostics += reader.diagnostics
            if let sequence = chapters?.sequence { readChapters(sequence, yaml: yaml) }
        }
    }

    private mutating func readChapters(_ sequence: Node.Sequence, yaml: EmbeddedYAML) {
        for item in sequence {
            guard let mapping = item.mapping else {
                diagnostics.append(Diagnostic("each chapter must be a mapping like {number: 1, title: Threads}",
                                                   at: yaml.location(of: item.mark)))
                continue
            }
            var chapter = YAMLMappingReader(mapping: mapping, yaml: yaml)
            chapter.rejectUnknownKeys(["number", "title"])
            let number = chapter.integer("number", in: FrontMatter.numberRange)
            let title = chapter.string("title")?.trimmingSpaces
            if mapping["number"] == nil { chapter.report("chapter has no 'number'", at: "number") }
            if mapping["title"] == nil { chapter.report("chapter has no 'title'", at: "title") }
            if let number, chapterTitles[number] != nil {
                chapter.report("chapter \(number) is listed twice", at: "number")
            }
            if let number, let title, chapter.diagnostics.isEmpty { chapterTitles[number] = title }
            diagnostics += chapter.diagnostics
        }
    }
}
