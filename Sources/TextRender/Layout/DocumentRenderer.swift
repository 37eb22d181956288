import LessonKit
import TextKernel

/// Lays a Markdown document (our `Block` model) out as styled lines no wider than a given width.
///
/// Terminal-independent: the result is data, drawn by the UI into its buffer or by `AnsiRenderer` to stdout.
/// Blocks are separated by one blank line (tight list items are not); nested lists and quotes get hanging
/// indents; on very narrow screens indents shrink so that content keeps at least a few columns.
public struct DocumentRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = .standard) { self.options = options }

    /// Columns always left to content inside lists and quotes (indents give way first).
    static let minimumContentWidth = 8

    /// The document as lines of at most `width` columns.
    public static func render(_ blocks: [Block], width: Int, options: RenderOptions = .standard) -> [StyledLine] {
        DocumentRenderer(options: options).render(blocks, width: width)
    }

    public func render(_ blocks: [Block], width: Int) -> [StyledLine] {
        render(blocks, width: max(1, width), context: Context())
    }

    /// Where in the document tree a block sits.
    struct Context {
        var listDepth = 0
        var inQuote = false
        var tight = false
    }

    func render(_ blocks: [Block], width: Int, context: Context) -> [StyledLine] {
        var lines: [StyledLine] = []
        render(blocks, width: width, context: context, into: &lines)
        return lines
    }

    /// Blocks appended to `lines`: the document is built in one array rather than copied up from every level.
    func render(_ blocks: [Block], width: Int, context: Context, into lines: inout [StyledLine]) {
        for (index, block) in blocks.enumerated() {
            if index > 0 && !(context.tight && !isBlockThatNeedsSpace(block)) { lines.append(StyledLine()) }
            render(block, width: width, context: context, into: &lines)
        }
    }

    /// Code blocks and tables keep a blank line before them even inside tight list items.
    private func isBlockThatNeedsSpace(_ block: Block) -> Bool {
        switch block {
        case .code, .table: true
        default: false
        }
    }

    func render(_ block: Block, width: Int, context: Context, into lines: inout [StyledLine]) {
        switch block {
        case .heading(let level, let content):
            heading(level: level, content, width: width, into: &lines)
        case .paragraph(let content):
            paragraph(content, style: context.inQuote ? Style.markup(.quote) : .plain, width: width, into: &lines)
        case .code(let language, let info, let text):
            let infoString = info.isEmpty ? (language ?? "") : info
            lines += CodeBlockRenderer(options: options).render(text: text, info: infoString, width: width)
        case .blockQuote(let blocks):
            quote(blocks, width: width, context: context, into: &lines)
        case .list(let list):
            self.list(list, width: width, context: context, into: &lines)
        case .table(let table):
            lines += TableRenderer(options: options).render(table, width: width)
        case .thematicBreak:
            lines.append(StyledLine(RepeatedText.of(options.glyphs.rule, count: min(width, 40)), Style.markup(.rule)))
        }
    }

    /// Inline content wrapped to `width`, one wrapped group per hard line break.
    func paragraph(_ content: [Inline], style: Style, width: Int, into lines: inout [StyledLine]) {
        for line in InlineRenderer(options: options).render(content, base: style) {
            lines += TextWrapper.wrap(line, width: width)
        }
    }

    /// Levels 1 and 2 are underlined with a rule as wide as the heading, so they read as headings in plain text.
    private func heading(level: Int, _ content: [Inline], width: Int, into lines: inout [StyledLine]) {
        let role: Style.Role = level <= 1 ? .heading1 : level == 2 ? .heading2 : .heading3
        let start = lines.count
        paragraph(content, style: Style.markup(role), width: width, into: &lines)
        guard level <= 2 else { return }
        let rule = level <= 1 ? options.glyphs.heading1Rule : options.glyphs.heading2Rule
        let ruleWidth = max(1, lines[start...].map { $0.width }.max() ?? 1)
        lines.append(StyledLine(RepeatedText.of(rule, count: ruleWidth), Style.markup(.rule)))
    }

    private func quote(_ blocks: [Block], width: Int, context: Context, into lines: inout [StyledLine]) {
        let marker = options.glyphs.quoteBar + " "
        let (indent, prefix) = indentation(for: marker, width: width)
        var inner = context
        inner.inQuote = true
        inner.tight = false
        let bar = StyledLine(prefix.trimmingTrailingSpaces().plainText, Style(.quote, flags: []))
        let lead = StyledLine(prefix.plainText, Style(.quote, flags: []))
        for line in render(blocks, width: width - indent, context: inner) {
            lines.append(line.isEmpty ? bar : lead + line)
        }
    }

    private func list(_ list: ListBlock, width: Int, context: Context, into lines: inout [StyledLine]) {
        let markers = list.items.enumerated().map { index, item in marker(for: item, at: index, in: list, depth: context.listDepth) }
        let markerWidth = markers.map { DisplayWidth.of($0) }.max() ?? 1
        var inner = context
        inner.listDepth += list.ordered ? 0 : 1
        inner.tight = list.tight
        var leads: (marker: String, indent: Int, first: StyledLine, hanging: StyledLine)?   // bullets repeat
        for (index, item) in list.items.enumerated() {
            if index > 0 && !list.tight { lines.append(StyledLine()) }
            if leads?.marker != markers[index] {
                let label = list.ordered ? DisplayWidth.pad(markers[index], to: markerWidth, alignment: .right)
                                         : DisplayWidth.pad(markers[index], to: markerWidth)
                let (indent, prefix) = indentation(for: label + " ", width: width)
                leads = (markers[index], indent, StyledLine(prefix.plainText, Style.markup(.listMarker)),
                         StyledLine(RepeatedText.of(" ", count: indent)))
            }
            guard let leads else { continue }
            let content = render(item.blocks, width: width - leads.indent, context: inner)
            for (position, line) in (content.isEmpty ? [StyledLine()] : content).enumerated() {
                let lead = position == 0 ? leads.first : leads.hanging
                lines.append((line.isEmpty ? lead : lead + line).trimmingTrailingSpaces())
            }
        }
    }

    private func marker(for item: ListItem, at index: Int, in list: ListBlock, depth: Int) -> String {
        let task = item.task.map { $0 == .done ? options.glyphs.taskDone : options.glyphs.taskOpen }
        if list.ordered {
            return "\(list.start + index)." + (task.map { " " + $0 } ?? "")
        }
        return task ?? options.glyphs.bullet(depth: depth)
    }

    /// The prefix for nested content and its width, shortened when the screen is too narrow for it.
    private func indentation(for marker: String, width: Int) -> (Int, StyledLine) {
        let wanted = DisplayWidth.of(marker)
        let indent = max(0, min(wanted, width - Self.minimumContentWidth))
        let text = indent == wanted ? marker : DisplayWidth.pad(DisplayWidth.truncate(marker, to: indent), to: indent)
        return (indent, StyledLine(text))
    }
}
