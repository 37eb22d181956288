import TextKernel
import ThreadModel

/// What each lane glyph means, in the course language.
enum DemoLegend {
    /// `# running  - ready  ~ blocked  . created  (blank) terminated`; compact drops the blank entry's words.
    static func line(_ frame: DemoFrame, compact: Bool) -> StyledLine {
        var line = StyledLine()
        let order: [ThreadState] = [.running, .ready, .blocked, .created, .terminated]
        for state in order {
            if !line.spans.isEmpty { line.spans.append(StyledSpan(compact ? " " : "  ")) }
            if state == .terminated && frame.asciiOnly {
                if compact { line.spans.removeLast(); break }
                line.spans.append(StyledSpan(frame.text.legendTerminated + " ", Style(.muted)))
            } else {
                line.spans.append(StyledSpan(String(StateGlyph.glyph(state, ascii: frame.asciiOnly)), StateGlyph.style(state)))
                if !compact { line.spans.append(StyledSpan(" ")) }
            }
            line.spans.append(StyledSpan(frame.text.state(state), Style(.muted)))
        }
        return line
    }
}
