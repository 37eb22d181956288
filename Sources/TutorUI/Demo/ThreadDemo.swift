import LessonKit
import ThreadModel
import TutorBasics

/// The demo pane: a scenario's Timeline (simulated, or recorded from real threads) played back through a
/// cursor, with predictions that stop playback before a thread's next transition.
public struct ThreadDemo: DemoPane {
    public let title: String
    public let scenario: Scenario
    let startLive: LiveDemoStarter?
    /// The course language, for messages (drawing takes it from the context).
    let language: Language

    public internal(set) var mode: DemoMode = .simulated
    /// The seed of the simulated run when the learner asked for a new one (nil: the scenario's own).
    public internal(set) var seed: UInt64?
    public internal(set) var simulated: Timeline
    var recorded: Timeline?
    var runner: (any LiveDemoRunner)?
    var kernelChanges: [KernelStateChange] = []

    public internal(set) var playback: Playback
    public internal(set) var question: PredictionQuestion?
    /// Predicted transitions already answered, by sequence number (not asked again until a restart).
    var answered: Set<Int> = []
    var reveal: PredictionReveal?
    /// The selected thread (index into the timeline's threads).
    public internal(set) var selected = 0
    var notice: DemoNotice?

    public init(scenario: Scenario, title: String? = nil, language: Language = .en, live: LiveDemoStarter? = nil) {
        self.scenario = scenario
        self.language = language
        self.title = title ?? scenario.title ?? ""
        startLive = live
        simulated = Simulator.run(scenario)
        playback = Playback(rate: Playback.rate(total: simulated.end))
    }

    /// A factory for the app: the real pane for every step whose demo was read, a placeholder otherwise.
    public static func factory(live: LiveDemoStarter?) -> DemoFactory {
        { step, _, language in
            let panes: [any DemoPane] = step.demos.map { spec in
                guard let scenario = spec.scenario else {
                    return DemoPlaceholder(title: DemoPlaceholder.titleLine(of: spec.source) ?? "")
                }
                return ThreadDemo(scenario: scenario, language: language, live: live)
            }
            guard let first = panes.first else { return nil }
            return panes.count == 1 ? first : DemoSequence(panes: panes, language: language)
        }
    }

    // MARK: DemoPane

    public var isPlaying: Bool { playback.isPlaying }
    public var isAsking: Bool { question != nil }

    /// The timeline being played: the simulation, or the live recording so far.
    public var timeline: Timeline { mode == .live ? recorded ?? simulated : simulated }

    public mutating func advance(milliseconds: Int) {
        drainLive()
        let timeline = self.timeline
        if let stop = playback.advance(milliseconds: milliseconds, in: timeline, stopBefore: mustPredict) {
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
