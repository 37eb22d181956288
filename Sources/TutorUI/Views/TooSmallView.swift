import TextKernel

/// Says the terminal is too small, wrapped to whatever room there is.
enum TooSmallView {
    static func draw(_ model: Model, into buffer: inout Buffer) {
        let message = model.say(.terminalTooSmall(size: "\(model.size)", need: "\(Model.minimumSize)"))
        let lines = TextWrapper.plainLines(message, width: max(1, model.size.width - 2))
        let top = max(0, (model.size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = max(0, (model.size.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + row, style: Style(.warning, bold: true))
        }
    }
}
