import CCmarkGFM
import Foundation

/// Runs cmark-gfm with the GFM extensions over a lesson body.
enum CmarkParser {
    /// cmark-gfm keeps global tables (registered extensions, special characters that attaching an extension
    /// writes), so parses are serialised; a lesson parses in well under a millisecond.
    private static let lock = NSLock()
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    static func parse(_ markdown: String) -> MarkdownParseResult {
        let lines = LineIndex(markdown)
        lock.lock()
        defer { lock.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            return MarkdownParseResult(nodes: [], unclosedFences: [])
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return MarkdownParseResult(nodes: [], unclosedFences: [])
        }
        defer { cmark_node_free(document) }
        var converter = CmarkConverter(lines: lines)
        let nodes = converter.topLevel(document)
        return MarkdownParseResult(nodes: nodes, unclosedFences: converter.unclosedFences,
                                   nestedSpecFences: converter.nestedSpecFences)
    }
}
