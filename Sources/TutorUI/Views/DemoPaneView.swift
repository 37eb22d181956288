import TextKernel

/// The demo pane's frame: a divider, a title row that shows focus, and the pane's own drawing.
enum DemoPaneView {
    static func draw(_ model: Model, layout: Layout, into buffer: inout Buffer) {
        guard let demo = model.demo, let header = layout.demoHeader, let paneBody = layout.demoBody else { return }
        if let divider = layout.divider {
            for y in divider.y..<divider.maxY { buffer.put("│", x: divider.x, y: y, style: Style(.muted)) }
        }
        let focused = model.focus == .demo
        let marker = focused ? model.glyphs.pointer + " " : ""
        let style = focused ? Style(.accent, bold: true, reverse: true) : Style(.muted, bold: true)
        if !layout.sideBySide { buffer.fill(header, with: "─", style: Style(.muted)) }
        let label = " " + marker + title(demo, model) + " "
        let titleX = header.x + (layout.sideBySide ? 0 : 1)
        let titleWidth = header.width - 2
        // A title too long for its row goes on over the body's first row (the end of a title is often what
        // tells two demos apart) when the pane has rows to spare; else it is cut short.
        var body = paneBody
        let wrapped = TextWrapper.wrap(marker + title(demo, model), width: titleWidth - 2)
        if DisplayWidth.of(label) > titleWidth, wrapped.count == 2, body.height >= 12 {
            buffer.write(" " + wrapped[0].plainText + " ", x: titleX, y: header.y, style: style, clip: header)
            let more = Rect(x: header.x, y: body.y, width: header.width, height: 1)
            buffer.write(" " + wrapped[1].plainText + " ", x: titleX, y: body.y, style: style, clip: more)
            body = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        } else {
            buffer.write(DisplayWidth.truncate(label, to: titleWidth, ellipsis: model.glyphs.ellipsis),
                         x: titleX, y: header.y, style: style, clip: header)
        }
        let context = DemoContext(language: model.options.language, glyphs: model.glyphs, asciiOnly: model.options.asciiOnly,
                                  focused: focused,
                                  present: model.options.present)
        var pane = Buffer(size: Size(width: body.width, height: body.height))
        demo.draw(into: &pane, area: pane.area, context: context)
        blit(pane, at: body, into: &buffer)
    }

    /// Copies a pane's private buffer into place, so a pane cannot draw outside its area.
    private static func blit(_ pane: Buffer, at area: Rect, into buffer: inout Buffer) {
        for y in 0..<pane.size.height {
            var x = 0
            while x < pane.size.width {
                let cell = pane[x: x, y: y]
                let advance = cell.isContinuation ? 1 : max(1, buffer.put(Character(cell.text.isEmpty ? " " : cell.text),
                                                                        x: area.x + x, y: area.y + y,
                                                                        style: cell.style, clip: area))
                x += advance
            }
        }
    }

    /// "Demo: …" for a demo; a challenge's own title, which already says what it is.
    static func title(_ demo: any DemoPane, _ model: Model) -> String {
        demo.wantsChallengeKeys ? demo.title : model.say(.demoTitle(demo.title))
    }
}
