import TextKernel
import ThreadModel

/// The latest transition in words: "12.0 ms  B running -> blocked: waiting for lock L held by A".
enum EventLineView {
    static func lines(_ frame: DemoFrame, width: Int, maxLines: Int = 2) -> [StyledLine] {
        guard let latest = frame.snapshot.latest else {
            let words = frame.demo.isAsking ? frame.say(.nothingYet) : frame.say(.nothingYet) + " " + frame.say(.startKeys)
            return TextWrapper.wrap([StyledSpan(words, Style(.muted))], width: width).prefix(maxLines).map { $0 }
        }
        let spans = [
            StyledSpan(stamp(latest.time, frame) + "  ", Style(.muted)),
        ] + sentence(frame, latest)
        let wrapped = TextWrapper.wrap(spans, width: width, indent: 2)
        return Array(wrapped.prefix(maxLines))
    }

    /// The transitions before the latest one, newest last, as many as `rows` allow (with a heading). An entry too
    /// long for a line wraps under itself rather than lose its end ("GIL handed to A..." hid "after 5 ms", and
    /// "blocked: waiting..." what was waited for), so fewer entries fit.
    static func recent(_ frame: DemoFrame, width: Int, rows: Int) -> [StyledLine] {
        let shown = frame.timeline.transitionCount(throughSeq: frame.cursor.seq)
        guard rows >= 2, shown >= 2, width > 4 else { return [] }
        var entries: [[StyledLine]] = []
        var used = 1
        var index = shown - 2
        while index >= max(0, shown - rows), used < rows {
            let transition = frame.timeline.transitions[index]
            let spans = [StyledSpan(stamp(transition.time, frame) + "  ", Style(.muted))]
                + sentence(frame, transition)
            let line = StyledLine(spans)
            let wrapped = line.width <= width ? [line] : TextWrapper.wrap(spans, width: width, indent: 2)
            guard used + wrapped.count <= rows else { break }
            entries.append(wrapped)
            used += wrapped.count
            index -= 1
        }
        guard !entries.isEmpty else { return [] }
        return [StyledLine(frame.say(.recentTransitions), Style(.muted, underline: true))] + entries.reversed().flatMap { $0 }
    }

    /// When a move happened, in the header's unit: "12.0 ms", or "tick 16" in a demo counted in ticks (a bare
    /// "16" beside the lanes read as a count, not a time).
    static func stamp(_ time: Int64, _ frame: DemoFrame) -> String {
        guard let tick = frame.demo.scenario.tick, tick > 0 else { return TimeAxis.clock(time, tick: nil) }
        return frame.say(.demoAtTick(TimeAxis.clock(time, tick: tick)))
    }

    /// "B running -> blocked: waiting for …" as styled spans.
    static func sentence(_ frame: DemoFrame, _ transition: Transition) -> [StyledSpan] {
        [
            StyledSpan(frame.name(transition.thread), transition.thread.rawValue == frame.demo.selected
                       ? Style(.accent, bold: true, underline: true) : Style(.plain, bold: true)),
            StyledSpan(" "),
            StyledSpan(transition.from.name(in: frame.language), StateGlyph.nameStyle(transition.from)),
            StyledSpan(" -> "),
            StyledSpan(transition.to.name(in: frame.language), StateGlyph.nameStyle(transition.to)),
            StyledSpan(": " + transition.reason.sentence(in: frame.language)),
        ]
    }

    /// The deadlock (or hang) in words, once playback has reached the end of a run that stopped stuck.
    static func deadlock(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        guard frame.atEnd, let deadlock = frame.timeline.deadlock else { return [] }
        // The model's sentence uses an em dash, which CJK terminals may draw two columns wide.
        let sentence = String(deadlock.sentence(in: frame.language) { frame.name($0) }.map { $0 == "—" ? "-" : $0 })
        return TextWrapper.wrap([StyledSpan(sentence, Style(.warning, bold: true))], width: width, indent: 2)
    }
}
