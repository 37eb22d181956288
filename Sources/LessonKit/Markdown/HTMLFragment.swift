import TextKernel

/// Raw HTML from blog posts, reduced to what a terminal can show: tags go, their text stays.
///
/// `<br>` becomes a line break, `<img alt=…>` an image (alt text), block-level tags separate paragraphs,
/// and `<style>`/`<script>` elements and comments disappear with their content.
enum HTMLFragment {
    /// What one inline HTML tag means for the text around it.
    enum TagEffect: Equatable {
        case none
        case lineBreak
        case image(alt: String, source: String)
        /// Text up to the matching closing tag is not prose (style sheets, scripts).
        case startHidden(String)
        case endHidden(String)
    }

    static let hiddenElements: Set<String> = ["style", "script", "noscript", "template"]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
        "blockquote", "pre", "hr", "details", "summary", "center",
    ]

    /// The meaning of a single tag such as `<br/>`, `<img src="a.png" alt="A">` or `</style>`.
    static func effect(ofTag literal: String) -> TagEffect {
        guard let tag = Tag(literal) else { return .none }
        if hiddenElements.contains(tag.name) { return tag.isClosing ? .endHidden(tag.name) : .startHidden(tag.name) }
        if tag.isClosing { return .none }
        switch tag.name {
        case "br": return .lineBreak
        case "img": return .image(alt: tag.attribute("alt") ?? "", source: tag.attribute("src") ?? "")
        default: return .none
        }
    }

    /// Paragraphs of inline content from an HTML block.
    static func paragraphs(fromHTML html: String) -> [[Inline]] {
        var paragraphs: [[Inline]] = []
        var current: [Inline] = []
        var text = ""
        var hidden: String?
        var styles = InlineHTMLStyles()

        func flushText() {
            let collapsed = collapseWhitespace(TextSanitizer.clean(HTMLEntities.decode(text)))
            if !collapsed.isEmpty { current.append(.text(collapsed)) }
            text = ""
        }
        func flushParagraph() {
            flushText()
            let trimmed = InlineCleanup.trimmed(current)
            if !trimmed.isEmpty { paragraphs.append(trimmed) }
            current = []
            styles = InlineHTMLStyles()
        }

        for token in tokens(html) {
            switch token {
            case .text(let piece):
                if hidden == nil { text += piece }
            case .comment:
                continue
            case .tag(let literal):
                let tag = Tag(literal)
                if let open = hidden {
                    if tag?.isClosing == true, tag?.name == open { hidden = nil }
                    continue
                }
                if let tag, InlineHTMLStyles.elements.contains(tag.name) {
                    flushText()
                    _ = styles.apply(tag, to: &current)
                    continue
                }
                switch effect(ofTag: literal) {
                case .startHidden(let name): hidden = name
                case .lineBreak: flushText(); current.append(.lineBreak)
                case .image(let alt, let source): flushText(); current.append(.image(alt: TextSanitizer.clean(alt), source: source))
                case .none, .endHidden:
                    if let tag, blockElements.contains(tag.name) { flushParagraph() }
                }
            }
        }
        flushParagraph()
        return paragraphs
    }

    /// HTML collapses runs of white space (newlines included) into one space; non-breaking spaces stay.
    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out
    }

    enum Token: Equatable {
        case text(String)
        case tag(String)
        case comment
    }

    /// Splits HTML into text, tags and comments. A `<` that does not start a tag is text.
    static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(html)
        var text = ""
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                if !text.isEmpty { tokens.append(.text(text)); text = "" }
                tokens.append(.comment)
                guard let end = after.firstRange(of: "-->") else { return tokens }
                rest = after[end.upperBound...]
                continue
            }
            let startsTag = after.first.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
            guard startsTag, let close = after.firstIndex(of: ">") else {
                text += "<"
                rest = after
                continue
            }
            if !text.isEmpty { tokens.append(.text(text)); text = "" }
            tokens.append(.tag(String(rest[open...close])))
            rest = after[after.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { tokens.append(.text(text)) }
        return tokens
    }

    /// A parsed start or end tag.
    struct Tag {
        var name: String
        var isClosing: Bool
        var attributeText: Substring

        init?(_ literal: String) {
            var body = Substring(literal)
            guard body.hasPrefix("<") else { return nil }
            body = body.dropFirst()
            if body.hasSuffix(">") { body = body.dropLast() }
            isClosing = body.hasPrefix("/")
            if isClosing { body = body.dropFirst() }
            let nameEnd = body.firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") } ?? body.endIndex
            guard nameEnd != body.startIndex else { return nil }
            name = body[..<nameEnd].lowercased()
            attributeText = body[nameEnd...]
        }

        /// The value of `name="value"`, `name='value'` or `name=value`.
        func attribute(_ wanted: String) -> String? {
            var rest = attributeText
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" })
                    .last.map { $0.lowercased() }
                var valueStart = rest.index(after: equals)
                while valueStart < rest.endIndex, rest[valueStart] == " " { valueStart = rest.index(after: valueStart) }
                guard valueStart < rest.endIndex else { return nil }
                let value: Substring
                let quote = rest[valueStart]
                if quote == "\"" || quote == "'" {
                    let inner = rest[rest.index(after: valueStart)...]
                    let end = inner.firstIndex(of: quote) ?? inner.endIndex
                    value = inner[..<end]
                    rest = end < inner.endIndex ? inner[inner.index(after: end)...] : inner[end...]
                } else {
                    let end = rest[valueStart...].firstIndex { $0 == " " || $0 == ">" || $0 == "\n" } ?? rest.endIndex
                    value = rest[valueStart..<end]
                    rest = rest[end...]
                }
                if key == wanted { return HTMLEntities.decode(String(value)) }
            }
            return nil
        }
    }
}
