import TextKernel
import ThreadModel
import TutorBasics

/// The demo pane while a Python program runs under the tracer (a lesson's example after `x`, or the program
/// `threadtutor trace` was given): its threads in a `ThreadDemo` that takes each snapshot whole, and below them
/// the last lines of the program's output. The program's output is only ever drawn here, sanitised, never
/// written to the terminal.
public struct TracePane: DemoPane {
    public let title: String
    /// The trace this pane asked for; nil once it failed to start.
    private var run: RunID?
    private var demo: ThreadDemo
    private var output: [String] = []
    private var dropped = 0
    private var ending: TraceEnding?
    private var notes: [Phrase] = []
    /// The first progress came: playback then starts, following the program.
    private var started = false
    private let language: Language

    /// A pane for the trace `run` (already asked for with `.startTrace(run, …)` by whoever made the pane).
    public init(run: RunID, title: String, language: Language) {
        self.run = run
        self.title = title
        self.language = language
        demo = ThreadDemo(tracing: title, language: language)
    }

    /// The program's state: nil while it runs.
    public var finished: TraceEnding? { ending }
    /// The timeline shown (the latest snapshot).
    public var timeline: Timeline { demo.timeline }
    /// Where playback is, in µs of the program's time.
    public var playbackTime: Int64 { demo.playback.cursor.time }
    /// The last lines of the program's output, as received.
    public var outputLines: [String] { output }

    // MARK: DemoPane

    /// True while the program runs, even when playback is paused: the frame ticks are what hand the pane the
    /// tracer's news (the loop drains runs before each message), so the output and the end keep arriving.
    public var isPlaying: Bool { demo.isPlaying || (started && ending == nil && run != nil) }
    /// Whether playback moves (the header's playing or paused).
    public var isPlaybackRunning: Bool { demo.isPlaying }
    public var isAsking: Bool { false }
    public var liveRuns: [RunID] { run.map { [$0] } ?? [] }
    /// Programs shorter than this are replayed slowly once they end.
    static let replayBelowMicroseconds: Int64 = 3_000_000

    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        switch action {
        case .restart:
            demo.replayRecording()
            return DemoReply()
        case .switchMode, .newSeed:
            return DemoReply(status: language.catalog(.traceHasNoSimulation))
        default:
            // Playback keys only: a pane made with `tracing:` cannot ask for live runs.
            var reply = demo.perform(action, runs: &runs)
            reply.effects = []
            return reply
        }
    }

    public mutating func receive(_ update: LiveUpdate, for run: RunID) -> DemoReply {
        guard run == self.run else { return DemoReply() }
        switch update {
        case .traced(let progress):
            if !started {
                started = true
                demo.playback.isPlaying = true
            }
            demo.replaceRecording(progress.timeline)
            output = progress.output
            dropped = progress.droppedLines
            notes = progress.notes
            guard ending == nil, let end = progress.ending else { return DemoReply() }
            ending = end
            // Followed in real time, a program of a few milliseconds flashes by: play its recording again at
            // the usual pace, so its threads are seen moving.
            if progress.timeline.end < Self.replayBelowMicroseconds { demo.replayRecording() }
            return DemoReply(status: Self.sentence(end, language))
        case .failed:
            self.run = nil
            ending = .failed(.traceUnavailable)
            demo.playback.isPlaying = false
            return DemoReply(status: language.catalog(.traceUnavailable))
        case .started, .records:
            return DemoReply()
        }
    }

    public mutating func advance(milliseconds: Int) { demo.advance(milliseconds: milliseconds) }

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        // The output region takes the rows its lines need (a rule and at least one line), up to a third of the
        // pane: a program that prints little leaves the rest to the threads, so the board keeps its boxes.
        let wanted = 1 + max(1, output.count + notes.count)
        let outputRows = area.height >= 12 ? min(wanted, 10, max(4, area.height / 3))
                                           : min(2, max(0, area.height - 3))
        let threads = Rect(x: area.x, y: area.y, width: area.width, height: area.height - outputRows)
        demo.draw(into: &buffer, area: threads, context: context)
        guard outputRows > 0 else { return }
        let region = Rect(x: area.x, y: threads.y + threads.height, width: area.width, height: outputRows)
        for (row, line) in outputRegion(width: region.width, height: region.height).enumerated() {
            buffer.write(line, x: region.x, y: region.y + row, clip: region)
        }
    }

    /// The output region: a rule with how the program stands, then the last lines that fit.
    func outputRegion(width: Int, height: Int) -> [StyledLine] {
        let label = dropped > 0 ? language.catalog(.traceOutputDropped(count: dropped)) : language.catalog(.traceOutput)
        let state = ending.map { Self.sentence($0, language) } ?? language.catalog(.traceRunning) + "…"
        let head = "── \(label) · \(state) "
        let rule = head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head)))
        var lines = [StyledLine(DisplayWidth.truncate(rule, to: width), Style(.muted, bold: true))]
        let body = output + notes.map { language.catalog($0) }
        if body.isEmpty {
            lines.append(StyledLine(language.catalog(.traceNoOutput), Style(.muted, dim: true)))
        }
        for text in body.suffix(max(0, height - 1)) {
            lines.append(StyledLine(DisplayWidth.truncate(TextSanitizer.clean(text), to: width), Style(.code)))
        }
        return lines
    }

    static func sentence(_ ending: TraceEnding, _ language: Language) -> String {
        switch ending {
        case .exited(0): language.catalog(.traceFinished)
        case .exited(let status): language.catalog(.traceExited(status: Int(status)))
        case .signaled(let signal): language.catalog(.traceKilled(signal: Int(signal)))
        case .timedOut: language.catalog(.traceTimedOut)
        case .deadlocked: language.catalog(.traceDeadlocked)
        case .stopped: language.catalog(.traceStopped)
        case .failed(let reason): language.catalog(.traceFailed(reason: language.catalog(reason)))
        }
    }
}
