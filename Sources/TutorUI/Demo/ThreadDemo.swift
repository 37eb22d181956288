import LessonKit
import ThreadModel
import TutorBasics

/// The demo pane: a scenario's Timeline (simulated, or recorded from real threads) played back through a
/// cursor, with predictions that stop playback before a thread's next transition.
public struct ThreadDemo: DemoPane {
    public let title: String
    public let scenario: Scenario
    /// Whether the app can run scenarios on real threads (the runtime beside the app loop holds the engine).
    let liveAvailable: Bool
    /// The course language, for messages (drawing takes it from the context).
    let language: Language

    public internal(set) var mode: DemoMode = .simulated
    /// The seed of the simulated run when the learner asked for a new one (nil: the scenario's own).
    public internal(set) var seed: UInt64?
    public internal(set) var simulated: Timeline
    /// The live recording so far, as the run's batches built it (nil until the run has started).
    var recorded: Timeline?
    /// The live run this pane asked for and has not stopped; only its news is taken.
    var liveRun: RunID?
    /// The machine's CPUs, as the live run reported them.
    var machineCores: Int?
    var kernelChanges: [KernelStateChange] = []
    /// Live effects asked for by the action being carried out, returned with its reply.
    var requests: [Effect] = []

    public internal(set) var playback: Playback
    public internal(set) var question: PredictionQuestion?
    /// Predicted transitions already answered, by sequence number (not asked again until a restart).
    var answered: Set<Int> = []
    var reveal: PredictionReveal?
    /// The selected thread (index into the timeline's threads).
    public internal(set) var selected = 0
    /// The part of the pane shown alone, or all of them.
    public internal(set) var view = DemoView.all
    var notice: DemoNotice?

    public init(scenario: Scenario, title: String? = nil, language: Language = .en, liveAvailable: Bool = false) {
        self.scenario = scenario
        self.language = language
        self.title = title ?? scenario.title ?? ""
        self.liveAvailable = liveAvailable
        simulated = Simulator.run(scenario)
        playback = Playback(rate: Playback.rate(total: simulated.end))
    }

    /// A factory for the app: the real pane for every step whose demo was read, a placeholder otherwise.
    /// `liveAvailable`: the app loop was given a live engine, so `v` may ask for live runs.
    public static func factory(liveAvailable: Bool) -> DemoFactory {
        { step, _, language in
            let panes: [any DemoPane] = step.demos.map { spec in
                guard let scenario = spec.scenario else {
                    return DemoPlaceholder(title: DemoPlaceholder.titleLine(of: spec.source) ?? "")
                }
                return ThreadDemo(scenario: scenario, language: language, liveAvailable: liveAvailable)
            }
            guard let first = panes.first else { return nil }
            return panes.count == 1 ? first : DemoSequence(panes: panes, language: language)
        }
    }

    /// The same, for callers that hold a starter: only whether there is one matters to the panes, since the
    /// app loop's runtime, not the pane, starts the threads.
    public static func factory(live: LiveDemoStarter?) -> DemoFactory { factory(liveAvailable: live != nil) }

    // MARK: DemoPane

    public var isPlaying: Bool { playback.isPlaying }
    public var isAsking: Bool { question != nil }
    public var liveRuns: [RunID] { liveRun.map { [$0] } ?? [] }

    /// The timeline being played: the simulation, or the live recording so far.
    public var timeline: Timeline { mode == .live ? recorded ?? simulated : simulated }

    public mutating func advance(milliseconds: Int) {
        // A restarted live run has no recording until the runtime says it started: nothing to play yet.
        if mode == .live && recorded == nil { return }
        let timeline = self.timeline
        let span = BoardMotion.travelTime(playback)
        if let stop = playback.advance(milliseconds: milliseconds, in: timeline, stopBefore: mustPredict,
                                       settled: { BoardMotion.settled(timeline, span: span) }) {
            ask(stop)
        }
    }

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        let frame = DemoFrame(demo: self, context: context)
        let lines = DemoScreen.lines(frame, width: area.width, height: area.height)
        for (row, line) in lines.enumerated() where row < area.height {
            buffer.write(line, x: area.x, y: area.y + row, clip: area)
        }
    }

    // MARK: Predictions

    /// Whether playback must stop before `transition` and ask about it.
    func mustPredict(_ transition: Transition) -> Bool {
        guard mode == .simulated, !answered.contains(transition.seq) else { return false }
        switch scenario.predict {
        case .none: return false
        case .all: return true
        case .threads(let names):
            let threads = simulated.threads
            return threads.indices.contains(transition.thread.rawValue)
                && names.contains(threads[transition.thread.rawValue].name)
        }
    }

    mutating func ask(_ transition: Transition) {
        question = PredictionQuestion(transition: transition)
        reveal = nil
        playback.isPlaying = false
    }

    /// The thread whose prediction is open, or the selected one.
    var focusThread: ThreadID {
        question?.transition.thread ?? ThreadID(selected)
    }
}
