import TextKernel

/// The offer to continue where the learner stopped last time.
enum ResumeView {
    static func draw(_ model: Model, lessonIndex: Int, step: Int, into buffer: inout Buffer) {
        guard model.lessons.indices.contains(lessonIndex) else { return }
        let question = model.say(.resumeQuestion(lesson: model.lessons[lessonIndex].title, step: step))
        let width = min(model.size.width - 4, 64)
        let body = TextWrapper.plainLines(question, width: width - 4) + ["", model.say(.resumeYesKeys), model.say(.resumeNoKeys)]
        let rect = OverlayFrame.box(model.size, width: width, height: body.count + 2)
        let inside = OverlayFrame.draw(rect, title: model.say(.resumeTitle), footer: "", into: &buffer)
        for (row, line) in body.enumerated() {
            let style = row < body.count - 2 ? Style(bold: true) : Style(.keyName)
            buffer.write(line, x: inside.x, y: inside.y + row, style: style, clip: inside)
        }
    }
}
