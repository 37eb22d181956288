import ThreadModel
import TutorBasics

/// A traced program's recording so far, sent whole: the tracer rebuilds its timeline from everything received
/// (an early part may still change as late events arrive), so the pane replaces its copy instead of appending.
public struct TraceProgress: Hashable, Sendable {
    /// Which snapshot this is (the runner numbers them from 1). Timelines are not Hashable, so two progresses
    /// are equal when they are the same snapshot of the same run: same number, ending and output.
    public var version: Int
    /// The timeline so far: open while the program runs, closed (with its end) once it has ended.
    public var timeline: Timeline
    /// The program's last lines of output (stdout and stderr, in arrival order per stream), bounded.
    public var output: [String]
    /// Lines of output dropped to keep `output` bounded.
    public var droppedLines: Int
    /// Set once the program has ended and been reaped.
    public var ending: TraceEnding?
    /// What the tracer noticed (a fork, the GIL off), once the program has ended.
    public var notes: [Phrase]

    public init(version: Int, timeline: Timeline, output: [String] = [], droppedLines: Int = 0, ending: TraceEnding? = nil,
                notes: [Phrase] = []) {
        self.version = version
        self.timeline = timeline
        self.output = output
        self.droppedLines = droppedLines
        self.ending = ending
        self.notes = notes
    }

    public static func == (a: TraceProgress, b: TraceProgress) -> Bool {
        a.version == b.version && a.ending == b.ending && a.output == b.output && a.droppedLines == b.droppedLines
            && a.notes == b.notes && a.timeline.lastSeq == b.timeline.lastSeq && a.timeline.threads.count == b.timeline.threads.count
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(version)
        hasher.combine(ending)
        hasher.combine(output)
    }
}
