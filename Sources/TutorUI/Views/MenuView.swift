import TextKernel

/// The lesson menu: chapters as headings, lessons under them with a check when completed and a mark when
/// broken, the filter typed so far, the selection in reverse video with a pointer.
enum MenuView {
    static func draw(_ model: Model, menu: MenuState, into buffer: inout Buffer) {
        let rect = OverlayFrame.box(model.size, width: 72, height: model.size.height - 2)
        let inside = OverlayFrame.draw(rect, title: model.say(.menuTitle), footer: model.say(.menuHint), into: &buffer)
        let filterEnd = buffer.write(model.say(.filter), x: inside.x, y: inside.y, style: Style(.muted), clip: inside)
        let cursorAt = buffer.write(menu.filter, x: filterEnd, y: inside.y, style: Style(bold: true), clip: inside)
        buffer.put("_", x: cursorAt, y: inside.y, style: Style(.accent), clip: inside)
        let list = inside.inset(top: 2)
        let rows = rows(model, menu: menu)
        guard !rows.isEmpty else {
            buffer.write(model.say(.noMatch), x: list.x, y: list.y, style: Style(.muted), clip: list)
            return
        }
        let selectedRow = rows.firstIndex { $0.lesson != nil && $0.lesson == menu.selected } ?? 0
        let first = min(max(0, selectedRow - list.height / 2), max(0, rows.count - list.height))
        for (offset, row) in rows[first...].prefix(list.height).enumerated() {
            let y = list.y + offset
            if row.lesson != nil, row.lesson == menu.selected {
                buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: Style(.selection, reverse: true))
            }
            buffer.write(row.line, x: list.x, y: y, clip: list)
        }
    }

    struct Row {
        var line: StyledLine
        var lesson: Int?
    }

    /// Chapter headings followed by their matching lessons.
    static func rows(_ model: Model, menu: MenuState) -> [Row] {
        let entries = Set(model.menuEntries(filter: menu.filter))
        var rows: [Row] = []
        var lessonIndex = 0
        for chapter in model.course.chapters {
            let start = lessonIndex
            lessonIndex += chapter.lessons.count
            let matching = (start..<lessonIndex).filter(entries.contains)
            guard !matching.isEmpty else { continue }
            rows.append(Row(line: StyledLine("\(chapter.number). \(chapter.title)", Style(.heading, bold: true))))
            for index in matching { rows.append(Row(line: line(model, index, menu: menu), lesson: index)) }
        }
        return rows
    }

    private static func line(_ model: Model, _ index: Int, menu: MenuState) -> StyledLine {
        let lesson = model.lessons[index]
        let selected = index == menu.selected
        let base = selected ? Style(.selection, bold: true, reverse: true) : Style.plain
        let pointer = selected ? model.glyphs.pointer : " "
        var spans = [StyledSpan(pointer + " ", base)]
        if lesson.isBroken {
            spans.append(StyledSpan(model.glyphs.broken + " ", Style(.warning, bold: true, reverse: selected)))
        } else if model.progress.isCompleted(lesson.slug) {
            spans.append(StyledSpan(model.glyphs.check + " ", Style(.correct, bold: true, reverse: selected)))
        } else {
            spans.append(StyledSpan("  ", base))
        }
        spans.append(StyledSpan(lesson.title, base))
        if lesson.isBroken { spans.append(StyledSpan(" " + model.say(.brokenTag), Style(.warning, reverse: selected))) }
        return StyledLine(spans)
    }
}
