import TextKernel
import ThreadModel

/// The pane's first row: mode, clock, speed, whether it plays, the seed; the legend too on short panes.
enum DemoHeaderLine {
    static func line(_ frame: DemoFrame, width: Int, legendFits: Bool) -> StyledLine {
        let demo = frame.demo
        let tick = demo.scenario.tick
        let mode = demo.mode == .live ? frame.say(.demoLive) : frame.say(.demoSimulated)
        let unit = tick == nil ? "" : " " + frame.say(.ticks)
        let clock = TimeAxis.clock(frame.cursor.time, tick: tick) + " / " + TimeAxis.clock(frame.total, tick: tick) + unit
        let speed = "x" + speedText(demo.playback.speed)
        let status: String
        if demo.question != nil { status = frame.say(.demoAsking) }
        else if demo.playback.isPlaying { status = frame.say(.demoPlaying) }
        else if frame.atEnd { status = frame.say(.demoFinished) }
        else { status = frame.say(.demoPaused) }
        var line = StyledLine([
            StyledSpan("[" + mode + "]", Style(.accent, bold: true)),
            StyledSpan(" " + clock + "  ", Style(.plain, bold: true)),
            StyledSpan(speed + "  ", Style(.muted)),
            StyledSpan(status, Style(demo.question != nil ? .accent : demo.playback.isPlaying ? .threadRunning : .muted,
                               bold: demo.playback.isPlaying || demo.question != nil)),
        ])
        if demo.mode == .live, frame.timeline.endTime == nil { line.spans.append(StyledSpan("  " + frame.say(.demoRecording), Style(.warning))) }
        if demo.mode == .simulated, let seed = demo.seed { line.spans.append(StyledSpan("  " + frame.say(.demoSeed(seed)), Style(.muted))) }
        if line.width > width { line = tightened(line) }
        if legendFits {
            let legend = DemoLegend.line(frame, compact: true)
            if line.width + 3 + legend.width <= width {
                line.spans.append(StyledSpan("   "))
                line.spans += legend.spans
            }
        }
        return line
    }

    /// The same parts one space apart, for a narrow pane.
    private static func tightened(_ line: StyledLine) -> StyledLine {
        StyledLine(line.spans.map { span in
            var text = span.text
            while let range = text.range(of: "  ") { text.replaceSubrange(range, with: " ") }
            return StyledSpan(text, span.style)
        })
    }

    static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() ? String(Int(speed)) : String(speed)
    }
}
