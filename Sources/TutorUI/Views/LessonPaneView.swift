import TextKernel

/// The lesson text, scrolled. The hint under the example `x` would run now is drawn bright, so the learner
/// sees which one it is.
enum LessonPaneView {
    static func draw(_ content: LessonContent, scroll: Int, area: Rect, into buffer: inout Buffer) {
        let first = min(max(0, scroll), max(0, content.lines.count - 1))
        let target = content.example(visibleFrom: first, rows: area.height)?.hintLine
        for row in 0..<area.height {
            let index = first + row
            guard index < content.lines.count else { break }
            var line = content.lines[index]
            if index == target { line = StyledLine(line.plainText, Style(.accent, bold: true)) }
            buffer.write(line, x: area.x, y: area.y + row, clip: area)
        }
    }
}
