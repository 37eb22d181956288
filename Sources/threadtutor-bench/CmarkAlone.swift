import CCmarkGFM

/// cmark-gfm by itself over a document, with the extensions LessonKit attaches (see its `CmarkParser`): the part
/// of `show` that is the C library's, not ours. cmark-gfm runs one parse at a time (each parse writes a
/// process-wide table of special characters), so this is also the least `show` can take on any number of cores.
enum CmarkAlone {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Seconds to parse `markdown` into a tree (freeing the tree is not counted).
    static func parseSeconds(_ markdown: String) -> Double {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return .nan }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = markdown
        let (document, seconds) = Measure.seconds {
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            return cmark_parser_finish(parser)
        }
        if let document { cmark_node_free(document) }
        return seconds
    }
}
