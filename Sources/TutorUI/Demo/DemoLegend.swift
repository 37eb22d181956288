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
                line.spans.append(StyledSpan(frame.say(.legendTerminated) + " ", Style(.muted)))
            } else {
                line.spans.append(StyledSpan(String(StateGlyph.glyph(state, ascii: frame.asciiOnly)), StateGlyph.style(state)))
                if !compact { line.spans.append(StyledSpan(" ")) }
            }
            line.spans.append(StyledSpan(state.name(in: frame.language), Style(.muted)))
        }
        return line
    }

    /// The full legend in `width` columns: one line when it fits, else its entries packed onto as many lines as
    /// they need (a glyph never parted from its word, never cut short, so every glyph keeps its meaning).
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let full = line(frame, compact: false)
        guard full.width > width else { return [full] }
        // Entries are the spans between the two-space separators.
        var entries: [[StyledSpan]] = [[]]
        for span in full.spans {
            if span.text == "  " { entries.append([]) } else { entries[entries.count - 1].append(span) }
        }
        var lines: [StyledLine] = []
        var current = StyledLine()
        for entry in entries {
            let entryWidth = entry.reduce(0) { $0 + $1.width }
            if !current.spans.isEmpty, current.width + 1 + entryWidth > width {
                lines.append(current)
                current = StyledLine()
            }
            if !current.spans.isEmpty { current.spans.append(StyledSpan(" ")) }
            current.spans += entry
        }
        lines.append(current)
        return lines.map { $0.width > width ? $0.truncatedAtWord(to: width, ellipsis: frame.glyphs.ellipsis) : $0 }
    }
}
