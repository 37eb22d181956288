/// A top-level element of a lesson body as cmark saw it, with its position in the body (1-based).
/// Steps, demos, quizzes and notes are formed from these by `LessonParser`.
struct MarkdownNode: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case block(Block)
        /// A top-level `---`: the boundary between two steps.
        case thematicBreak
        /// A top-level HTML comment, kept raw because `<!-- notes … -->` holds speaker notes.
        case htmlComment(String)
    }

    var kind: Kind
    var position: BodyPosition
}
