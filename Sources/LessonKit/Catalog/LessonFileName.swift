/// What a lesson's file name says when the front matter is silent:
/// `04-2-threads.md` is chapter 4, order 2, slug `threads`; `2023-04-01-threads.md` is a dated blog post.
struct LessonFileName: Hashable, Sendable {
    var slug: String
    var chapter: Int?
    var order: Int?

    init(_ fileName: String) {
        var base = Substring(fileName)
        for suffix in [".markdown", ".md"] where base.lowercased().hasSuffix(suffix) {
            base = base.dropLast(suffix.count)
        }
        let parts = base.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.prefix { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } && $0.count <= 4 }
        let isDate = numbers.count >= 3 && numbers[0].count == 4
        let used = isDate ? 3 : min(numbers.count, 2)
        let rest = parts.dropFirst(used).joined(separator: "-")
        let name = rest.isEmpty ? String(base) : rest
        slug = Self.slugified(name)
        chapter = isDate ? nil : numbers.first.flatMap { Int($0) }
        order = isDate || numbers.count < 2 ? nil : Int(numbers[1])
    }

    /// Lower case, spaces and other punctuation turned into `-`.
    static func slugified(_ name: String) -> String {
        let mapped = name.lowercased().map { isSlugCharacter($0) ? $0 : "-" }
        let slug = String(mapped).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "lesson" : slug
    }

    static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.allSatisfy(isSlugCharacter) && !slug.hasPrefix("-")
    }

    static func isSlugCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }
}
