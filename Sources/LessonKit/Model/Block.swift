/// Block-level Markdown content of one lesson step.
public enum Block: Hashable, Sendable {
    case heading(level: Int, content: [Inline])
    case paragraph([Inline])
    /// A fenced or indented code block; `language` is the first word of the info string, `info` the whole string
    /// (so that `python fragment` / `python fails` stay visible to the example runner).
    case code(language: String?, info: String, text: String)
    case blockQuote([Block])
    case list(ListBlock)
    case table(TableBlock)
    case thematicBreak
}
