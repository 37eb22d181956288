extension Course {
    /// Finds a lesson by what a user typed: its slug, its number (`4` is chapter 4's first lesson, `4.2` its
    /// second), or an unambiguous case-insensitive prefix of its slug or title. With `other` (the same course in
    /// the other language) that course's slugs and titles are searched too, and a match there opens this course's
    /// lesson with the same slug. The name is only ever compared, never used as a path.
    public func find(_ name: String, alsoSearching other: Course? = nil) -> LessonLookup {
        let query = name.trimmingSpaces.lowercased()
        guard !query.isEmpty else { return .notFound(suggestions: []) }
        if let result = match(query) { return result }
        if let other, let result = other.match(query) { return translated(result) }
        return .notFound(suggestions: suggestions(for: query, alsoIn: other))
    }

    /// The first rule that gives any lesson decides: exact slug, number, exact title, prefix.
    func match(_ query: String) -> LessonLookup? {
        let all = lessons
        if let result = outcome(all.filter { $0.slug.lowercased() == query }) { return result }
        if let (chapterNumber, position) = Self.lessonNumber(query) {
            let chapter = chapters.first { $0.number == chapterNumber }
            guard let chapter, chapter.lessons.indices.contains(position - 1) else { return nil }
            return .found(chapter.lessons[position - 1])
        }
        if let result = outcome(all.filter { $0.title.lowercased() == query }) { return result }
        return outcome(all.filter { $0.slug.lowercased().hasPrefix(query) || $0.title.lowercased().hasPrefix(query) })
    }

    private func outcome(_ lessons: [Lesson]) -> LessonLookup? {
        switch lessons.count {
        case 0: nil
        case 1: .found(lessons[0])
        default: .ambiguous(lessons)
        }
    }

    /// A lesson found in the other language, shown in this one when this course has the same slug.
    private func translated(_ result: LessonLookup) -> LessonLookup {
        func local(_ lesson: Lesson) -> Lesson { lessons.first { $0.slug == lesson.slug } ?? lesson }
        switch result {
        case .found(let lesson): return .found(local(lesson))
        case .ambiguous(let found): return .ambiguous(found.map(local))
        case .notFound: return result
        }
    }

    /// `4` → (4, 1), `4.2` → (4, 2); anything else is not a number.
    static func lessonNumber(_ query: String) -> (chapter: Int, position: Int)? {
        let parts = query.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let chapter = Int(parts[0]) else { return nil }
        let position = parts.count == 2 ? Int(parts[1]) ?? 0 : 1
        return position >= 1 ? (chapter, position) : nil
    }

    /// Up to three slugs close to the query by edit distance (or containing it), closest first.
    func suggestions(for query: String, alsoIn other: Course?) -> [String] {
        var seen: Set<String> = []
        let slugs = (lessons + (other?.lessons ?? [])).map(\.slug).filter { seen.insert($0).inserted }
        let limit = max(1, min(3, query.count / 3))
        let scored = slugs.compactMap { slug -> (Int, String)? in
            let distance = EditDistance.between(query, slug.lowercased())
            if distance <= limit { return (distance, slug) }
            if query.count >= 3, slug.lowercased().contains(query) { return (limit + 1, slug) }
            return nil
        }
        return scored.sorted { $0 < $1 }.prefix(3).map(\.1)
    }
}
