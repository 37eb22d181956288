import CCmarkGFM
import Foundation

/// Runs cmark-gfm with the GFM extensions over a lesson body and converts its tree.
enum CmarkParser {
    /// cmark-gfm keeps global tables (registered extensions, special characters that attaching an extension
    /// writes), so parses are serialised; a lesson parses in well under a millisecond.
    private static let lock = NSLock()

    static func parse(_ markdown: String) -> MarkdownParseResult {
        let lines = LineIndex(markdown)
        lock.lock()
        defer { lock.unlock() }
        guard let parser = CmarkDialect.makeParser() else {
            return MarkdownParseResult(nodes: [], unclosedFences: [])
        }
        defer { cmark_parser_free(parser) }
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
        let nodes = converter.topLevel(of: document)
        return MarkdownParseResult(nodes: nodes, unclosedFences: converter.unclosedFences,
                                   nestedSpecFences: converter.nestedSpecFences)
    }
}
