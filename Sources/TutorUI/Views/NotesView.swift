import TextKernel

/// Speaker notes for the current step, over the lower part of the screen (presenter mode only).
enum NotesView {
    static func draw(_ model: Model, into buffer: inout Buffer) {
        guard model.options.present else { return }
        let height = max(5, model.size.height / 3)
        let rect = Rect(x: 0, y: model.size.height - 1 - height, width: model.size.width, height: height)
        let inside = OverlayFrame.draw(rect, title: model.say(.notesTitle), footer: "", into: &buffer)
        let notes = model.step?.notes ?? []
        let lines = notes.isEmpty ? [StyledLine(model.say(.noNotes), Style(.muted))]
            : StepText.lines(notes, width: inside.width, ascii: model.options.asciiOnly)
        for (row, line) in lines.prefix(inside.height).enumerated() {
            buffer.write(line, x: inside.x, y: inside.y + row, clip: inside)
        }
    }
}
