import CCmarkGFM
import Foundation
import TextKernel

/// Walks a cmark-gfm tree into LessonKit's block model, cleaning blog-style HTML and markup on the way.
/// Only used while `CmarkParser` holds its lock; no cmark pointer escapes it.
struct CmarkConverter {
    typealias Node = OpaquePointer

    /// The body's lines, to check whether a fenced code block really has a closing fence.
    let lines: LineIndex
    private(set) var unclosedFences: [BodyPosition] = []
    /// ```demo and ```quiz fences inside lists or quotes, which stay code blocks (specs live at the top level).
    private(set) var nestedSpecFences: [(language: String, position: BodyPosition)] = []
    /// Raw HTML such as `<script>` hides text up to its closing tag, across inline nodes.
    private var hiddenElement: String?
    private var depth = 0
    /// Deeper nesting than this (a hostile `>>>>>>…`) is flattened to text instead of recursed into.
    static let maxDepth = 48

    init(lines: LineIndex) {
        self.lines = lines
    }

    // MARK: Blocks

    /// Converts the document's top-level blocks, in order.
    mutating func topLevel(of document: Node) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        for child in children(of: document) {
            let position = BodyPosition(line: Int(cmark_node_get_start_line(child)),
                                        column: Int(cmark_node_get_start_column(child)))
            switch cmark_node_get_type(child) {
            case CMARK_NODE_THEMATIC_BREAK:
                nodes.append(MarkdownNode(kind: .thematicBreak, position: position))
            case CMARK_NODE_HTML_BLOCK where literal(of: child).trimmingSpaces.hasPrefix("<!--"):
                nodes.append(MarkdownNode(kind: .htmlComment(literal(of: child)), position: position))
            default:
                for block in blocks(for: child) {
                    nodes.append(MarkdownNode(kind: .block(block), position: position))
                }
            }
        }
        return nodes
    }

    private mutating func blocks(in parent: Node) -> [Block] {
        var out: [Block] = []
        for child in children(of: parent) { out += blocks(for: child) }
        return out
    }

    /// Zero blocks (dropped HTML, empty paragraphs), one, or several (an HTML block with paragraphs).
    private mutating func blocks(for node: Node) -> [Block] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { return flattened(node) }
        // An unclosed <script> or <style> hides the rest of its own block, never the next one.
        hiddenElement = nil
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = cleaned(inlines(in: node))
            return content.isEmpty ? [] : [.paragraph(content)]
        case CMARK_NODE_HEADING:
            return [.heading(level: Int(cmark_node_get_heading_level(node)), content: headingContent(node))]
        case CMARK_NODE_CODE_BLOCK:
            return [codeBlock(node)]
        case CMARK_NODE_BLOCK_QUOTE:
            let inner = blocks(in: node)
            return inner.isEmpty ? [] : [.blockQuote(inner)]
        case CMARK_NODE_LIST:
            return list(node).map { [.list($0)] } ?? []
        case CMARK_NODE_HTML_BLOCK:
            return HTMLFragment.paragraphs(fromHTML: literal(of: node)).map(cleaned).filter { !$0.isEmpty }.map { .paragraph($0) }
        case CMARK_NODE_THEMATIC_BREAK:
            return [.thematicBreak]
        default:
            if isType(node, "table") { return [.table(table(node))] }
            return blocks(in: node)
        }
    }

    private mutating func headingContent(_ node: Node) -> [Inline] {
        var content = cleaned(inlines(in: node))
        if case .text(let last)? = content.last {
            content[content.count - 1] = .text(BlogMarkup.removingHeadingID(last))
        }
        return InlineCleanup.trimmed(content)
    }

    private mutating func codeBlock(_ node: Node) -> Block {
        let info = TextSanitizer.clean(string(cmark_node_get_fence_info(node))).trimmingSpaces
        var text = TextSanitizer.cleanCode(literal(of: node))
        if text.hasSuffix("\n") { text.removeLast() }
        let language = info.split(separator: " ").first.map(String.init)
        checkFenceIsClosed(node)
        if let language, depth > 1, ["demo", "quiz", "challenge"].contains(language) {
            nestedSpecFences.append((language, BodyPosition(line: Int(cmark_node_get_start_line(node)),
                                                            column: Int(cmark_node_get_start_column(node)))))
        }
        return .code(language: language, info: info, text: text)
    }

    /// cmark ends an unclosed fence at the end of its container without a word; we look at the last line.
    private mutating func checkFenceIsClosed(_ node: Node) {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0, length > 0 else { return }
        let start = Int(cmark_node_get_start_line(node))
        let end = Int(cmark_node_get_end_line(node))
        let fence = Character(Unicode.Scalar(UInt8(bitPattern: character)))
        let closed = end > start && lines.indices.contains(end - 1) && isClosingFence(lines[end - 1], fence, Int(length))
        if !closed {
            unclosedFences.append(BodyPosition(line: start, column: Int(cmark_node_get_start_column(node))))
        }
    }

    private func isClosingFence(_ line: Substring, _ fence: Character, _ length: Int) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        let run = content.prefix { $0 == fence }
        return run.count >= length && content.dropFirst(run.count).trimmingSpaces.isEmpty
    }

    private mutating func list(_ node: Node) -> ListBlock? {
        if isTableOfContents(node) { return nil }
        let items = children(of: node).map { item -> ListItem in
            let task: ListItem.Task? = isType(item, "tasklist")
                ? (cmark_gfm_extensions_get_tasklist_item_checked(item) ? .done : .open) : nil
            return ListItem(task: task, blocks: blocks(in: item))
        }
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        return ListBlock(ordered: ordered,
                         start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
                         tight: cmark_node_get_list_tight(node) != 0,
                         items: items)
    }

    /// kramdown's `* TOC` + `{:toc}` is replaced by a generated table of contents on the blog; here it goes.
    private func isTableOfContents(_ node: Node) -> Bool {
        let items = Array(children(of: node))
        return items.count == 1 && BlogMarkup.isTableOfContentsMarker(rawText(items[0]))
    }

    private mutating func table(_ node: Node) -> TableBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableBlock.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            alignments = (0..<columns).map { index in
                switch raw[index] {
                case UInt8(ascii: "l"): .left
                case UInt8(ascii: "c"): .center
                case UInt8(ascii: "r"): .right
                default: .none
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(of: node) where isType(row, "table_header") || isType(row, "table_row") {
            let cells = children(of: row).map { cleaned(inlines(in: $0)) }
            if header.isEmpty, rows.isEmpty, isType(row, "table_header") || cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return TableBlock(alignments: alignments, header: header, rows: rows)
    }

    // MARK: Inlines

    private mutating func inlines(in parent: Node) -> [Inline] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { return [.text(TextSanitizer.clean(rawText(parent)))] }
        var out: [Inline] = []
        var styles = InlineHTMLStyles()
        for node in children(of: parent) {
            if let hidden = hiddenElement {
                if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE,
                   HTMLFragment.effect(ofTag: literal(of: node)) == .endHidden(hidden) {
                    hiddenElement = nil
                }
                continue
            }
            if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE, let tag = HTMLFragment.Tag(literal(of: node)),
               styles.apply(tag, to: &out) {
                continue
            }
            appendInline(node, to: &out)
        }
        return out
    }

    /// Appends what one inline node becomes (nothing, one inline, or its children) to `out`.
    private mutating func appendInline(_ node: Node, to out: inout [Inline]) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            out.append(.text(TextSanitizer.clean(literal(of: node))))
        case CMARK_NODE_CODE:
            out.append(.code(TextSanitizer.clean(literal(of: node))))
        case CMARK_NODE_SOFTBREAK:
            out.append(.softBreak)
        case CMARK_NODE_LINEBREAK:
            out.append(.lineBreak)
        case CMARK_NODE_EMPH:
            out.append(.emphasis(cleaned(inlines(in: node))))
        case CMARK_NODE_STRONG:
            out.append(.strong(cleaned(inlines(in: node))))
        case CMARK_NODE_LINK:
            let destination = TextSanitizer.clean(string(cmark_node_get_url(node)))
            let text = cleaned(inlines(in: node))
            // An in-page anchor leads nowhere in a terminal: keep its words, drop the link.
            if destination.hasPrefix("#") {
                out += text
            } else {
                out.append(.link(text: text.isEmpty ? [.text(destination)] : text, destination: destination))
            }
        case CMARK_NODE_IMAGE:
            out.append(.image(alt: InlineCleanup.plainText(cleaned(inlines(in: node))),
                              source: TextSanitizer.clean(string(cmark_node_get_url(node)))))
        case CMARK_NODE_HTML_INLINE:
            out += htmlInline(literal(of: node))
        default:
            if isType(node, "strikethrough") {
                out.append(.strikethrough(cleaned(inlines(in: node))))
            } else {
                out += inlines(in: node)
            }
        }
    }

    private mutating func htmlInline(_ literal: String) -> [Inline] {
        switch HTMLFragment.effect(ofTag: literal) {
        case .lineBreak: return [.lineBreak]
        case .image(let alt, let source): return [.image(alt: TextSanitizer.clean(alt), source: TextSanitizer.clean(source))]
        case .startHidden(let name): hiddenElement = name; return []
        case .none, .endHidden: return []
        }
    }

    /// Text runs joined and freed of kramdown/Liquid markup, a soft break after a hard one dropped, ends trimmed.
    private func cleaned(_ inlines: [Inline]) -> [Inline] {
        guard InlineCleanup.mayNeedCleaning(inlines) else { return inlines }
        var out: [Inline] = []
        for inline in InlineCleanup.merged(inlines) {
            if inline == .softBreak, out.last == .lineBreak { continue }
            if case .text(let text) = inline {
                out.append(.text(BlogMarkup.removingMarkup(text)))
            } else {
                out.append(inline)
            }
        }
        return InlineCleanup.trimmed(out)
    }

    // MARK: cmark access

    /// A node's children, walked without collecting them.
    private func children(of node: Node) -> UnfoldSequence<Node, Node?> {
        sequence(state: cmark_node_first_child(node)) { next in
            guard let current = next else { return nil }
            next = cmark_node_next(current)
            return current
        }
    }

    /// Whether an extension node has this type name, compared in C (no String made for every node).
    private func isType(_ node: Node, _ name: String) -> Bool {
        cmark_node_get_type_string(node).map { strcmp($0, name) == 0 } ?? false
    }

    private func literal(of node: Node) -> String {
        string(cmark_node_get_literal(node))
    }

    /// cmark hands out UTF-8; invalid bytes (impossible here, the input was a Swift String) would be repaired.
    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// All text below a node, for the table-of-contents check and for over-deep nesting.
    /// Iterative, because it is what runs when the tree is too deep to recurse into.
    private func rawText(_ root: Node) -> String {
        var text = ""
        var stack = [root]
        while let node = stack.popLast() {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += literal(of: node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: stack += children(of: node).reversed()
            }
        }
        return text
    }

    private func flattened(_ node: Node) -> [Block] {
        let text = TextSanitizer.clean(rawText(node))
        return text.isEmpty ? [] : [.paragraph([.text(text)])]
    }
}
