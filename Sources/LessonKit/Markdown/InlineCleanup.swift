/// Small, pure transformations of inline content shared by the Markdown and HTML converters.
enum InlineCleanup {
    /// Neighbouring text runs joined, so that patterns split by cmark (it splits text at `{`, `:`…) can be seen whole.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        guard inlines.indices.dropFirst().contains(where: { isText(inlines[$0 - 1]) && isText(inlines[$0]) }) else {
            return inlines
        }
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
            if index > 0, case .text(let text) = out[index - 1], text.hasSuffix(" ") {
                out[index - 1] = .text(dropTrailingSpaces(text))
            }
            if index + 1 < out.count, case .text(let text) = out[index + 1], text.hasPrefix(" ") {
                out[index + 1] = .text(String(text.drop { $0 == " " }))
            }
        }
        if out.contains(where: isEmptyText) { out.removeAll(where: isEmptyText) }
        while let first = out.first {
            if isBreak(first) { out.removeFirst(); continue }
            if case .text(let text) = first, text.hasPrefix(" ") {
                let stripped = String(text.drop { $0 == " " })
                if stripped.isEmpty { out.removeFirst(); continue }
                out[0] = .text(stripped)
            }
            break
        }
        while let last = out.last {
            if isBreak(last) { out.removeLast(); continue }
            if case .text(let text) = last, text.hasSuffix(" ") {
                let stripped = dropTrailingSpaces(text)
                if stripped.isEmpty { out.removeLast(); continue }
                out[out.count - 1] = .text(stripped)
            }
            break
        }
        return out
    }

    /// False only when `cleaned` could not change anything: no neighbouring text runs, no `{` (kramdown or Liquid
    /// markup), no break that could be dropped or trimmed around, no space at either end. Most inline runs are
    /// like that, and skipping them saves several arrays each.
    static func mayNeedCleaning(_ inlines: [Inline]) -> Bool {
        var previous: Inline?
        for inline in inlines {
            switch inline {
            case .text(let text):
                if text.isEmpty || previous.map(isText) == true || (previous.map(isBreak) == true && text.hasPrefix(" ")) {
                    return true
                }
                if text.utf8.contains(UInt8(ascii: "{")) { return true }
            case .softBreak, .lineBreak:
                if previous == nil || previous == .lineBreak { return true }
                if case .text(let before)? = previous, before.hasSuffix(" ") { return true }
            default:
                break
            }
            previous = inline
        }
        guard let first = inlines.first, let last = inlines.last else { return false }
        if isBreak(last) { return true }
        if case .text(let text) = first, text.hasPrefix(" ") { return true }
        if case .text(let text) = last, text.hasSuffix(" ") { return true }
        return false
    }

    static func isText(_ inline: Inline) -> Bool {
        if case .text = inline { return true }
        return false
    }

    static func isBreak(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: true
        default: false
        }
    }

    static func isEmptyText(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return text.isEmpty }
        return false
    }

    private static func dropTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.hasSuffix(" ") { text.removeLast() }
        return text
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
