import TextKernel

/// Raw HTML tags that mean inline formatting in blog posts (`<b>`, `<em>`, `<code>`, `<kbd>`, `<a href>`),
/// turned into the inline model so that they look like their Markdown equivalents.
///
/// Tags are matched within one run of siblings; an unmatched closing tag is ignored and an element never
/// closed leaves its content as it is.
struct InlineHTMLStyles {
    static let elements: Set<String> = ["a", "b", "strong", "i", "em", "code", "kbd", "tt", "samp", "s", "del", "strike"]

    private var open: [(name: String, start: Int, destination: String?)] = []

    /// Opens or closes a formatting element over `inlines`; false for tags that are not formatting.
    mutating func apply(_ tag: HTMLFragment.Tag, to inlines: inout [Inline]) -> Bool {
        guard Self.elements.contains(tag.name) else { return false }
        guard tag.isClosing else {
            open.append((tag.name, inlines.count, tag.name == "a" ? tag.attribute("href") : nil))
            return true
        }
        guard let index = open.lastIndex(where: { $0.name == tag.name }) else { return true }
        let element = open[index]
        open.removeSubrange(index...)
        guard element.start <= inlines.count else { return true }
        let content = Array(inlines[element.start...])
        inlines.removeSubrange(element.start...)
        inlines += Self.wrap(content, in: element.name, destination: element.destination)
        return true
    }

    static func wrap(_ content: [Inline], in name: String, destination: String?) -> [Inline] {
        switch name {
        case "a":
            // Like Markdown links: in-page anchors are plain text, an empty text shows the address.
            guard let destination = destination.map(TextSanitizer.clean), !destination.isEmpty,
                  !destination.hasPrefix("#") else { return content }
            return [.link(text: content.isEmpty ? [.text(destination)] : content, destination: destination)]
        case _ where content.isEmpty:
            return []
        case "b", "strong":
            return [.strong(content)]
        case "i", "em":
            return [.emphasis(content)]
        case "s", "del", "strike":
            return [.strikethrough(content)]
        default:
            return [.code(InlineCleanup.plainText(content))]
        }
    }
}
