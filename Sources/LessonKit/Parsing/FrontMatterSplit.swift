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
        let found = Self.delimiters(in: text)
        guard case .closed(let yamlRange, let bodyStart, let lineOffset) = found else {
            yaml = nil
            body = text
            bodyLineOffset = 0
            if case .unclosed = found {
                // Without a closing line it is not front matter; cmark will read the `---` as a thematic break.
                diagnostics.append(Diagnostic("front matter starts here but is never closed with a '---' line",
                                              at: SourceLocation(path: path, line: 1, column: 1)))
            }
            return
        }
        // Slices of the text itself rather than joined lines: one copy each, whatever the file's length.
        yaml = String(text[yamlRange])
        body = bodyStart.map { String(text[$0...]) } ?? ""
        bodyLineOffset = lineOffset
    }

    private enum Delimiters {
        case none
        case unclosed
        /// The YAML, where the body starts (nil when nothing follows the closing line), and the body's line offset.
        case closed(yaml: Range<String.Index>, bodyStart: String.Index?, lineOffset: Int)
    }

    /// Lines are found one by one, only as far as the closing delimiter: a long lesson is not indexed here.
    private static func delimiters(in text: String) -> Delimiters {
        let utf8 = text.utf8
        func line(at start: String.Index) -> (text: Substring, next: String.Index?) {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            return (text[start..<end], end == utf8.endIndex ? nil : utf8.index(after: end))
        }
        let first = line(at: text.startIndex)
        guard first.text.trimmingSpaces == "---" else { return .none }
        guard let yamlStart = first.next else { return .unclosed }
        var start = yamlStart
        var number = 1
        while true {
            let current = line(at: start)
            if ["---", "..."].contains(current.text.trimmingSpaces) {
                let yamlEnd = max(yamlStart, utf8.index(before: start))
                return .closed(yaml: yamlStart..<yamlEnd, bodyStart: current.next, lineOffset: number + 1)
            }
            guard let next = current.next else { return .unclosed }
            start = next
            number += 1
        }
    }
}
