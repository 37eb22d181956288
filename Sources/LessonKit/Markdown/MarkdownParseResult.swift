/// What cmark made of a lesson body.
struct MarkdownParseResult: Sendable {
    var nodes: [MarkdownNode]
    /// Opening lines of code fences that were never closed (cmark closes them silently at the end).
    var unclosedFences: [BodyPosition]
    /// ```demo and ```quiz fences that are not at the top level and so are shown as plain code.
    var nestedSpecFences: [(language: String, position: BodyPosition)] = []
}
