import TutorBasics

/// A lesson file cut into its YAML front matter (between `---` lines at the very top) and its Markdown body.
struct FrontMatterSplit {
    /// The YAML between the delimiters; nil when the file has no front matter.
    var yaml: String?
    var body: String
    /// How many lines come before the body; cmark counts lines from the body's start, the file does not.
    var bodyLineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(_ text: String, path: String) {
        let lines = LineIndex(text)
        guard lines[0].trimmingSpaces == "---" else {
            yaml = nil
            body = text
            bodyLineOffset = 0
            return
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingSpaces) }) else {
            // Without a closing line it is not front matter; cmark will read the `---` as a thematic break.
            yaml = nil
            body = text
            bodyLineOffset = 0
            diagnostics.append(Diagnostic("front matter starts here but is never closed with a '---' line",
                                          at: SourceLocation(path: path, line: 1, column: 1)))
            return
        }
        // Slices of the text itself rather than joined lines: one copy each, whatever the file's length.
        yaml = close > 1 ? String(text[lines.startIndex(ofLine: 1)..<lines.endIndex(ofLine: close - 1)]) : ""
        body = close + 1 < lines.count ? String(text[lines.startIndex(ofLine: close + 1)...]) : ""
        bodyLineOffset = close + 1
    }
}
