import TextKernel

/// The title row: chapter and lesson on the left, "step 3/7" on the right, in reverse video.
/// In presenter mode the counter is drawn large.
enum HeaderView {
    static func draw(_ model: Model, area: Rect, into buffer: inout Buffer) {
        let bar = Style(.titleBar, reverse: true)
        let titleRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(titleRow, style: bar)
        let counter = counterText(model)
        let counterWidth = DisplayWidth.of(counter)
        let titleClip = titleRow.inset(left: 1, right: counterWidth + 2)
        buffer.write(title(model, width: titleClip.width), x: titleClip.x, y: area.y,
                     style: Style(.titleBar, bold: true, reverse: true), clip: titleClip)
        buffer.write(counter, x: area.maxX - counterWidth - 1, y: area.y, style: bar, clip: titleRow)
        if model.options.present, area.height >= 4, let lesson = model.lesson {
            let digits = "\(model.stepIndex + 1)/\(lesson.steps.count)"
            let width = BigDigits.width(digits)
            BigDigits.draw(digits, x: area.maxX - width - 2, y: area.y + 1, into: &buffer)
            buffer.write(lesson.title, x: area.x + 4, y: area.y + 2, style: Style(.heading, bold: true),
                         clip: area.inset(left: 4, right: width + 4))
        }
    }

    /// "Chapter 2 The lifecycle / The thread lifecycle", or just the lesson title when that does not fit.
    static func title(_ model: Model, width: Int) -> String {
        guard let lesson = model.lesson else { return "threadtutor" }
        let chapter = model.chapter.map { "\(model.say(.chapter($0.number))) \($0.title)" }
        let full = [chapter, lesson.title].compactMap { $0 }.joined(separator: model.glyphs.separator)
        if DisplayWidth.of(full) <= width { return full }
        return DisplayWidth.truncate(lesson.title, to: width, ellipsis: model.glyphs.ellipsis)
    }

    static func counterText(_ model: Model) -> String {
        guard let lesson = model.lesson, !lesson.steps.isEmpty else { return "" }
        return model.say(.step(model.stepIndex + 1, of: lesson.steps.count))
    }
}
