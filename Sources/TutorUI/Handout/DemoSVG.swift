import ThreadModel
import TutorBasics

/// `threadtutor demo X --format svg`: the timeline's lanes as a standalone SVG a browser opens: one lane per
/// thread with a rectangle per state (its reason in a tooltip), a time axis, the state legend, and the
/// transitions with their reasons underneath. Shapes differ by pattern as well as colour (blocked is hatched,
/// created and terminated are thin), so a grey-scale print still reads.
public enum DemoSVG {
    static let labelWidth = 120
    static let laneWidth = 720
    static let laneHeight = 22
    static let rowHeight = 30
    /// Transitions listed under the lanes at most (a long run's are cut, with a count).
    static let listedTransitions = 60

    /// When a move happened, as the screen's event line says it: "12.0 ms", or "tick 16" when the demo counts in ticks.
    static func stamp(_ time: Int64, scenario: Scenario, language: Language) -> String {
        guard let tick = scenario.tick, tick > 0 else { return TimeAxis.clock(time, tick: nil) }
        return language.catalog(.demoAtTick(TimeAxis.clock(time, tick: tick)))
    }

    public static func render(_ timeline: Timeline, scenario: Scenario, language: Language) -> String {
        let threads = timeline.threads
        let total = max(timeline.end, 1)
        let cursor = PlaybackCursor(seq: timeline.lastSeq, time: timeline.end)
        let top = 50
        let lanesBottom = top + threads.count * rowHeight
        let legendY = lanesBottom + 40
        let listed = Array(timeline.transitions.prefix(listedTransitions))
        let height = legendY + 40 + (listed.count + 1) * 18
        let width = labelWidth + laneWidth + 40
        func x(_ time: Int64) -> Double { Double(labelWidth) + Double(laneWidth) * Double(time) / Double(total) }
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="13">
            <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="\(HandoutPalette.fill(.blocked))"/><line x1="0" y1="0" x2="0" y2="6" \
            stroke="#ffffff" stroke-width="2"/></pattern></defs>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="10" y="24" font-size="16" font-weight="bold">\(escape(scenario.title ?? ""))</text>

            """
        // Axis: five marks across the run.
        for step in 0...4 {
            let time = total * Int64(step) / 4
            svg += "<line x1=\"\(x(time))\" y1=\"\(top - 6)\" x2=\"\(x(time))\" y2=\"\(lanesBottom)\" stroke=\"#dddddd\"/>"
            svg += "<text x=\"\(x(time))\" y=\"\(top - 10)\" text-anchor=\"middle\" fill=\"#666666\">\(escape(TimeAxis.clock(time, tick: scenario.tick)))</text>\n"
        }
        for thread in threads {
            let y = top + thread.id.rawValue * rowHeight
            svg += "<g class=\"lane\" data-thread=\"\(escape(thread.name))\">"
            svg += "<text x=\"10\" y=\"\(y + 16)\">\(escape("\(thread.id.rawValue + 1) \(thread.name)"))</text>"
            let transitions = timeline.transitions(of: thread.id)
            let pieces = LaneSpans.spans(of: thread.id, in: timeline, cursor: cursor)
            // The state a thread ends in is drawn even when the run ends as it starts (a deadlock): a sliver.
            for (index, piece) in pieces.enumerated() where piece.end > piece.start || index == pieces.count - 1 {
                let reason = transitions.last { $0.time <= piece.start && $0.to == piece.state }?.reason
                let thin = piece.state == .created || piece.state == .terminated
                let inset = thin ? laneHeight / 2 - 1 : 0
                let fill = piece.state == .blocked ? "url(#hatch)" : HandoutPalette.fill(piece.state)
                let stroke = piece.state == .ready ? " stroke=\"#9a7d12\"" : (piece.state == .terminated ? " stroke=\"#999999\"" : "")
                svg += "<rect class=\"state\" data-state=\"\(piece.state)\" x=\"\(x(piece.start))\" y=\"\(y + inset)\" "
                svg += "width=\"\(max(index == pieces.count - 1 ? 4 : 0.5, x(piece.end) - x(piece.start)))\" height=\"\(laneHeight - 2 * inset)\" fill=\"\(fill)\"\(stroke)>"
                let words = piece.state.name(in: language) + (reason.map { ": " + $0.sentence(in: language) } ?? "")
                svg += "<title>\(escape(words))</title></rect>"
            }
            svg += "</g>\n"
        }
        // Legend.
        var legendX = labelWidth
        for state in [ThreadState.running, .ready, .blocked, .created, .terminated] {
            let fill = state == .blocked ? "url(#hatch)" : HandoutPalette.fill(state)
            svg += "<rect x=\"\(legendX)\" y=\"\(legendY - 12)\" width=\"24\" height=\"14\" fill=\"\(fill)\" stroke=\"#999999\"/>"
            let name = state.name(in: language)
            svg += "<text x=\"\(legendX + 30)\" y=\"\(legendY)\">\(escape(name))</text>\n"
            legendX += 40 + 9 * name.count + 20
        }
        // The transitions with their reasons.
        var y = legendY + 40
        for transition in listed {
            let line = stamp(transition.time, scenario: scenario, language: language) + "  " + threads[transition.thread.rawValue].name + "  "
                + transition.from.name(in: language) + " -> " + transition.to.name(in: language) + ": "
                + transition.reason.sentence(in: language)
            svg += "<text class=\"reason\" x=\"10\" y=\"\(y)\">\(escape(line))</text>\n"
            y += 18
        }
        if timeline.transitions.count > listed.count {
            svg += "<text x=\"10\" y=\"\(y)\" fill=\"#666666\">+\(timeline.transitions.count - listed.count)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }) { output.append(character) }
            }
        }
        return output
    }
}
