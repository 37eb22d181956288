/// Small, pure transformations of inline content shared by the Markdown and HTML converters.
enum InlineCleanup {
    /// Neighbouring text runs joined, so that patterns split by cmark (it splits text at `{`, `:`…) can be seen whole.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + next)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    /// Without leading and trailing breaks and spaces, spaces around line breaks, and empty text runs.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var out = merged(inlines)
        for index in out.indices where isBreak(out[index]) {
            if index > 0, case .text(let text) = out[index - 1] {
                out[index - 1] = .text(String(text.reversed().drop { $0 == " " }.reversed()))
            }
            if index + 1 < out.count, case .text(let text) = out[index + 1] {
                out[index + 1] = .text(String(text.drop { $0 == " " }))
            }
        }
        var changed = true
        while changed {
            changed = false
            out.removeAll { $0 == .text("") }
            if let first = out.first, isBreak(first) { out.removeFirst(); changed = true; continue }
            if let last = out.last, isBreak(last) { out.removeLast(); changed = true; continue }
            if case .text(let text)? = out.first, text.first == " " {
                out[0] = .text(String(text.drop { $0 == " " }))
                changed = true
            }
            if case .text(let text)? = out.last, text.last == " " {
                out[out.count - 1] = .text(String(text.reversed().drop { $0 == " " }.reversed()))
                changed = true
            }
        }
        return out
    }

    static func isBreak(_ inline: Inline) -> Bool {
        inline == .softBreak || inline == .lineBreak
    }

    /// The words of some inline content, for titles, alt text and lookups.
    static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let children), .strong(let children), .strikethrough(let children): plainText(children)
            case .link(let text, _): plainText(text)
            case .image(let alt, _): alt
            case .softBreak, .lineBreak: " "
            }
        }.joined()
    }
}
