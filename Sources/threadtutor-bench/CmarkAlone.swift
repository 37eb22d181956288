import CCmarkGFM
import LessonKit

/// cmark-gfm by itself over a document, with the extensions lessons use (`CmarkDialect`): the part
/// of `show` that is the C library's, not ours. cmark-gfm runs one parse at a time (each parse writes a
/// process-wide table of special characters), so this is also the least `show` can take on any number of cores.
enum CmarkAlone {
    /// Seconds to parse `markdown` into a tree (freeing the tree is not counted).
    static func parseSeconds(_ markdown: String) -> Double {
        guard let parser = CmarkDialect.makeParser() else { return .nan }
        defer { cmark_parser_free(parser) }
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
