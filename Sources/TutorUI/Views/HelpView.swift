import TextKernel

/// The help overlay, generated from the key table: one line per binding, grouped by section, in the
/// interface language. Only contexts that can apply in this session are shown.
enum HelpView {
    static func draw(_ model: Model, scroll: Int, into buffer: inout Buffer) {
        let columns = columns(model)
        let rows = columns.map(\.count).max() ?? 0
        let full = box(model.size)
        let rect = Rect(size: model.size).centered(width: full.width, height: min(full.height, rows + 2))
        let more = scroll + bodyHeight(model.size) < rows
        let footer = model.say(.helpFooter) + (more ? "  " + model.say(.helpMore) : "")
        let inside = OverlayFrame.draw(rect, title: model.say(.helpTitle), footer: footer, into: &buffer)
        let first = min(max(0, scroll), max(0, rows - inside.height))
        let columnWidth = columns.count > 1 ? (inside.width - columnGap) / 2 : inside.width
        for (index, column) in columns.enumerated() {
            let x = inside.x + index * (columnWidth + columnGap)
            let clip = Rect(x: x, y: inside.y, width: columnWidth, height: inside.height)
            for (row, line) in column.dropFirst(first).prefix(inside.height).enumerated() {
                buffer.write(line, x: x, y: inside.y + row, clip: clip)
            }
        }
    }

    /// From this inner width help is laid out in two columns, so a projected screen shows every key at once.
    static let twoColumnWidth = 100
    static let columnGap = 4

    /// A wide box on wide screens (for two columns), else one that fits one column.
    static func box(_ size: Size) -> Rect {
        OverlayFrame.box(size, width: size.width >= twoColumnWidth + 8 ? twoColumnWidth + 4 : 76,
                         height: size.height - 2)
    }

    static func bodyHeight(_ size: Size) -> Int { max(1, box(size).height - 2) }

    /// The lines in one column, or split between two at a section boundary near the middle.
    static func columns(_ model: Model) -> [[StyledLine]] {
        let all = lines(model)
        guard box(model.size).width - 4 >= twoColumnWidth, all.count > bodyHeight(model.size) else { return [all] }
        let sectionStarts = all.indices.filter { $0 > 0 && all[$0 - 1] == .empty }
        guard let split = sectionStarts.min(by: { abs($0 - all.count / 2) < abs($1 - all.count / 2) }) else {
            return [all]
        }
        return [Array(all[..<(split - 1)]), Array(all[split...])]
    }

    /// How many rows help needs as laid out now (for scrolling).
    static func rowCount(_ model: Model) -> Int { columns(model).map(\.count).max() ?? 0 }

    static func lines(_ model: Model) -> [StyledLine] {
        let contexts: [KeyContext] = model.options.present ? [.lesson, .question, .presenter, .menu]
            : [.lesson, .question, .menu]
        var seen = Set<String>()
        var bySection: [HelpSection: [KeyBinding]] = [:]
        for context in contexts {
            for binding in model.keys.bindings(in: context) {
                // Bindings that share a label ("1-9") appear once.
                let id = "\(context)|\(binding.keysLabel(ascii: false))|\(binding.help)"
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
                let pad = String(repeating: " ", count: max(1, keyColumn - DisplayWidth.of(keys)))
                result.append(StyledLine([StyledSpan("  " + keys, Style(.keyName, bold: true)), StyledSpan(pad),
                                          StyledSpan(binding.help(model.options.language))]))
            }
        }
        return result
    }
}
