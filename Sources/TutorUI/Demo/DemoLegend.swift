import ThreadModel

/// What each lane glyph means, in the course language.
enum DemoLegend {
    /// `# running  - ready  ~ blocked  . created  (blank) terminated`; compact drops the blank entry's words.
    static func line(_ frame: DemoFrame, compact: Bool) -> StyledLine {
        var line = StyledLine()
        let order: [ThreadState] = [.running, .ready, .blocked, .created, .terminated]
        for state in order {
            if !line.spans.isEmpty { line.spans.append(Span(compact ? " " : "  ")) }
            if state == .terminated {
                if compact { line.spans.removeLast(); break }
                line.spans.append(Span(frame.text.legendTerminated + " ", Style(.muted)))
            } else {
                line.spans.append(Span(String(StateGlyph.glyph(state)), StateGlyph.style(state)))
                if !compact { line.spans.append(Span(" ")) }
            }
            line.spans.append(Span(frame.text.state(state), Style(.muted)))
        }
        return line
    }
}
