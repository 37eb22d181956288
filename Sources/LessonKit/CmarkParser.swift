import CCmarkGFM
import Foundation
import TutorBasics

/// Runs cmark-gfm with the GFM extensions over a lesson body.
enum CmarkParser {
    /// cmark-gfm keeps global tables (registered extensions, special characters that attaching an extension
    /// writes), so parses are serialised; a lesson parses in well under a millisecond.
    private static let lock = NSLock()

    /// - Parameter parallelFrom: the size from which the tree is converted on every core (tests lower it).
    static func parse(_ markdown: String, parallelFrom: Int = parallelSize) -> MarkdownParseResult {
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
        let parallel = bytes.count >= parallelFrom
        let result = convert(document, lines: lines, parallel: parallel)
        if !parallel {
            cmark_node_free(document)
        } else {
            // A big tree takes tens of milliseconds to free, and nobody waits for it.
            let tree = FinishedTree(root: document)
            DispatchQueue.global(qos: .utility).async { cmark_node_free(tree.root) }
        }
        return result
    }

    /// A converted tree handed to another thread to be freed. `@unchecked Sendable`: after conversion nothing
    /// else holds a pointer into it.
    private struct FinishedTree: @unchecked Sendable {
        let root: OpaquePointer
    }

    /// From this size on, the tree is converted in pieces on every core (a piece is a run of top-level blocks;
    /// the blocks do not depend on each other). Lessons of ordinary size stay on one thread.
    static let parallelSize = 256 * 1024

    private static func convert(_ document: OpaquePointer, lines: LineIndex, parallel: Bool) -> MarkdownParseResult {
        var topLevel: [OpaquePointer] = []
        var child = cmark_node_first_child(document)
        while let current = child {
            topLevel.append(current)
            child = cmark_node_next(current)
        }
        let pieceCount = parallel ? min(topLevel.count, 4 * ProcessInfo.processInfo.activeProcessorCount) : 1
        let pieces = TopLevelPieces(nodes: topLevel, count: max(1, pieceCount))
        let results = ParallelMap.map(count: pieces.count) { index in
            var converter = CmarkConverter(lines: lines)
            let nodes = converter.topLevel(pieces.piece(index))
            return MarkdownParseResult(nodes: nodes, unclosedFences: converter.unclosedFences,
                                       nestedSpecFences: converter.nestedSpecFences)
        }
        return MarkdownParseResult(nodes: results.flatMap(\.nodes), unclosedFences: results.flatMap(\.unclosedFences),
                                   nestedSpecFences: results.flatMap(\.nestedSpecFences))
    }
}
