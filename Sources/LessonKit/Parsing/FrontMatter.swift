import TutorBasics
import Yams

/// The lesson keys of a file's YAML front matter. Other keys (Jekyll's layout, date, tags…) are ignored,
/// so that a blog post can be dropped into a course as it is.
struct FrontMatter: Hashable, Sendable {
    var title: String?
    var slug: String?
    var chapter: Int?
    var order: Int?
    var summary: String?
    /// Where the slug was written, for "duplicate slug" reports.
    var slugLocation: SourceLocation?

    static let numberRange = 0...9_999

    /// Decodes the keys we know; each wrong value is a diagnostic and leaves its key unset.
    static func decode(_ yaml: EmbeddedYAML) -> (FrontMatter, [Diagnostic]) {
        let mapping: Node.Mapping
        switch yaml.composeMapping() {
        case .success(let value): mapping = value
        case .failure(let diagnostic): return (FrontMatter(), [diagnostic])
        }
        var reader = YAMLMappingReader(mapping: mapping, yaml: yaml)
        var matter = FrontMatter()
        matter.title = reader.string("title")?.trimmingSpaces
        matter.summary = reader.string("summary")?.trimmingSpaces
        matter.chapter = reader.integer("chapter", in: numberRange)
        matter.order = reader.integer("order", in: numberRange)
        if let slug = reader.string("slug")?.trimmingSpaces {
            if LessonFileName.isValidSlug(slug) {
                matter.slug = slug
                matter.slugLocation = reader.location(of: "slug")
            } else {
                reader.report("slug '\(slug)' must be one word of letters, digits, '-' or '_'", at: "slug")
            }
        }
        return (matter, reader.diagnostics)
    }
}
