/// What cmark made of a lesson body.
struct MarkdownParseResult: Hashable, Sendable {
    var nodes: [MarkdownNode]
    /// Opening lines of code fences that were never closed (cmark closes them silently at the end).
    var unclosedFences: [BodyPosition]
}
