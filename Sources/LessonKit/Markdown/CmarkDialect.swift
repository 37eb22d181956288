import CCmarkGFM

/// The Markdown that lessons are written in: cmark-gfm with the GFM extensions for tables, strikethrough,
/// autolinks and task lists. One place makes the parser, for LessonKit and for the bench's cmark-alone figure.
package enum CmarkDialect {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// A new cmark-gfm parser with the extensions attached; the caller frees it with `cmark_parser_free`.
    /// cmark-gfm's extension registry and special-character table are process-wide: call it from one thread at
    /// a time (LessonKit's `CmarkParser` holds a lock).
    package static func makeParser() -> OpaquePointer? {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }
}
