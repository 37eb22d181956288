/// The outcome of looking a lesson up by the name a user typed.
public enum LessonLookup: Hashable, Sendable {
    case found(Lesson)
    /// Several lessons fit (a short prefix, a duplicated slug); the caller lists them.
    case ambiguous([Lesson])
    /// Nothing fits; `suggestions` are the closest slugs ("did you mean 'lifecycle'?"), best first.
    case notFound(suggestions: [String])
}
