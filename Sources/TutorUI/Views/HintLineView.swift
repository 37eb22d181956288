import TextKernel

/// The bottom row: a status message if there is one, else the main keys (taken from the key table, so the
/// hint cannot drift from what the keys do); on the right, which lines of the lesson are in view.
enum HintLineView {
    static func draw(_ model: Model, content: LessonContent, layout: Layout, into buffer: inout Buffer) {
        let area = layout.hintLine
        let position = scrollPosition(model, content: content, layout: layout)
        let positionWidth = DisplayWidth.of(position)
        let clip = area.inset(left: 1, right: positionWidth + 2)
        if let status = model.status, status.width > clip.width {
            drawLongStatus(status, area: area, screenTop: layout.header.maxY, into: &buffer)
        } else {
            buffer.write(model.status ?? hints(model, width: clip.width), x: clip.x, y: area.y, clip: clip)
        }
        buffer.write(position, x: area.maxX - positionWidth - 1, y: area.y, style: Style(.muted), clip: area)
    }

    /// A status message too long for one row is wrapped onto the rows above the hint line (at most three),
    /// so a path or a diagnostic is never cut off.
    static func drawLongStatus(_ status: StyledLine, area: Rect, screenTop: Int, into buffer: inout Buffer) {
        let lines = TextWrapper.wrap(status.spans, width: max(1, area.width - 2))
        let rows = min(lines.count, 3, max(1, area.maxY - screenTop))
        let top = area.maxY - rows
        buffer.fill(Rect(x: area.x, y: top, width: area.width, height: rows))
        for (row, line) in lines.prefix(rows).enumerated() {
            buffer.write(line, x: area.x + 1, y: top + row, clip: Rect(x: area.x, y: top + row, width: area.width, height: 1))
        }
    }

    /// As many hints as fit whole in `width` columns; the ones for help and quitting are kept first.
    static func hints(_ model: Model, width: Int) -> StyledLine {
        var items: [(String, String)] = [
            (key(for: .nextStep, model), model.say(.hintNext)),
            (key(for: .previousStep, model), model.say(.hintBack)),
            (key(for: .scrollUp, model) + key(for: .scrollDown, model), model.say(.hintScroll)),
        ]
        if model.demo != nil {
            let pane = model.focus == .demo ? model.say(.focusDemo) : model.say(.focusLesson)
            items.append((key(for: .switchFocus, model), model.say(.hintFocus) + "(" + pane + ")"))
        }
        if model.options.present { items.append((key(for: .toggleNotes, model, in: .presenter), model.say(.hintNotes))) }
        items += [
            (key(for: .openMenu, model), model.say(.hintMenu)),
            (key(for: .openHelp, model), model.say(.hintHelp)),
            (key(for: .quit, model), model.say(.hintQuit)),
        ]
        func itemWidth(_ item: (String, String)) -> Int { DisplayWidth.of(item.0) + 1 + DisplayWidth.of(item.1) }
        // Drop hints from the middle (scrolling first) until the rest fits; help and quit stay.
        while items.count > 2, items.map(itemWidth).reduce(0, +) + 2 * (items.count - 1) > width {
            items.remove(at: items.count > 4 ? 2 : 0)
        }
        var spans: [StyledSpan] = []
        for (index, item) in items.enumerated() {
            if index > 0 { spans.append(StyledSpan("  ")) }
            spans.append(StyledSpan(item.0, Style(.keyName, bold: true)))
            spans.append(StyledSpan(" " + item.1, Style(.muted)))
        }
        return StyledLine(spans)
    }

    /// The first key bound to an action, as help would write it.
    static func key(for action: KeyAction, _ model: Model, in context: KeyContext = .lesson) -> String {
        guard let binding = model.keys.bindings(in: context).first(where: { $0.action == action }),
              let first = binding.keys.first else { return "?" }
        return model.options.asciiOnly ? first.asciiDescription : first.description
    }

    /// "12-31/45" when the lesson does not fit its pane, else nothing.
    static func scrollPosition(_ model: Model, content: LessonContent, layout: Layout) -> String {
        let total = content.lines.count, height = layout.lessonText.height
        guard total > height, height > 0 else { return "" }
        let first = min(model.lessonScroll, max(0, total - height)) + 1
        return "\(first)-\(min(total, first + height - 1))/\(total)"
    }
}
