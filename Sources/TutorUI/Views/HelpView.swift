/// The help overlay, generated from the key table: one line per binding, grouped by section, in the
/// interface language. Only contexts that can apply in this session are shown.
enum HelpView {
    static func draw(_ model: Model, scroll: Int, into buffer: inout Buffer) {
        let rect = box(model.size)
        let lines = lines(model)
        let more = scroll + bodyHeight(model.size) < lines.count
        let footer = model.text.helpFooter + (more ? "  " + model.text.helpMore : "")
        let inside = OverlayFrame.draw(rect, title: model.text.helpTitle, footer: footer, into: &buffer)
        let first = min(max(0, scroll), max(0, lines.count - inside.height))
        for (row, line) in lines[first...].prefix(inside.height).enumerated() {
            buffer.write(line, x: inside.x, y: inside.y + row, clip: inside)
        }
    }

    static func box(_ size: Size) -> Rect { OverlayFrame.box(size, width: 76, height: size.height - 2) }
    static func bodyHeight(_ size: Size) -> Int { max(1, box(size).height - 2) }

    static func lines(_ model: Model) -> [StyledLine] {
        let contexts: [KeyContext] = model.options.present ? [.lesson, .question, .presenter, .menu]
            : [.lesson, .question, .menu]
        var seen = Set<String>()
        var bySection: [HelpSection: [KeyBinding]] = [:]
        for context in contexts {
            for binding in model.keys.bindings(in: context) {
                // Bindings that share a label ("1-9") appear once.
                let id = "\(context)|\(binding.keysLabel(ascii: false))|\(binding.helpEnglish)"
                guard seen.insert(id).inserted else { continue }
                bySection[binding.section, default: []].append(binding)
            }
        }
        let keyColumn = 16
        var result: [StyledLine] = []
        for section in bySection.keys.sorted() {
            if !result.isEmpty { result.append(.empty) }
            result.append(StyledLine(section.title(model.options.language), Style(.heading, bold: true)))
            for binding in bySection[section] ?? [] {
                let keys = binding.keysLabel(ascii: model.options.asciiOnly)
                let pad = String(repeating: " ", count: max(1, keyColumn - ColumnWidth.of(keys)))
                result.append(StyledLine([Span("  " + keys, Style(.keyName, bold: true)), Span(pad),
                                          Span(binding.help(model.options.language))]))
            }
        }
        return result
    }
}
