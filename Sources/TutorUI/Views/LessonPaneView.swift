/// The lesson text, scrolled.
enum LessonPaneView {
    static func draw(_ content: LessonContent, scroll: Int, area: Rect, into buffer: inout Buffer) {
        let first = min(max(0, scroll), max(0, content.lines.count - 1))
        for row in 0..<area.height {
            let index = first + row
            guard index < content.lines.count else { break }
            buffer.write(content.lines[index], x: area.x, y: area.y + row, clip: area)
        }
    }
}
