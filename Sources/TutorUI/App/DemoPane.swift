/// The demo pane's content. The framework owns layout, focus, keys and ticks; a demo pane owns what
/// the demo shows and how it plays. `DemoPlaceholder` stands in until the real one is plugged in through
/// `Model.demoFactory`. A pane is a value: live runs are asked for through the effects of its replies and
/// their records come back through `receive`.
public protocol DemoPane: Sendable {
    /// A one-line title for the pane header.
    var title: String { get }
    /// True while playback runs: the app loop then sends ticks, one frame apart.
    var isPlaying: Bool { get }
    /// True while the pane asks a question (a prediction): number keys and Enter then go to it.
    var isAsking: Bool { get }
    /// The live runs this pane started and has not stopped: the model stops them when the pane goes away.
    var liveRuns: [RunID] { get }
    /// Carries out an action. A pane that starts a live run takes its id from `runs`. The reply may say
    /// something for the status line (for example that live mode is not available here).
    mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply
    /// News from one of this pane's live runs; news of any other run is ignored.
    mutating func receive(_ update: LiveUpdate, for run: RunID) -> DemoReply
    /// Moves playback on by wall-clock milliseconds (the pane applies its own playback speed).
    mutating func advance(milliseconds: Int)
    func draw(into buffer: inout Buffer, area: Rect, context: DemoContext)
    /// True for a challenge pane (the learner is the scheduler): the model then reads keys in the challenge
    /// context first, so 1–9, `u`, `r` and `h` go to `challenge(_:)`.
    var wantsChallengeKeys: Bool { get }
    /// A move, undo, restart or hint for a challenge pane.
    mutating func challenge(_ command: ChallengeCommand) -> DemoReply
    /// The challenge this pane shows, when its goal is reached now: the model records it in progress.
    var solvedChallenge: ChallengeSolved? { get }
}

extension DemoPane {
    /// A pane that never runs threads.
    public var liveRuns: [RunID] { [] }
    public mutating func receive(_ update: LiveUpdate, for run: RunID) -> DemoReply { DemoReply() }
    /// A pane that is not a challenge.
    public var wantsChallengeKeys: Bool { false }
    public mutating func challenge(_ command: ChallengeCommand) -> DemoReply { DemoReply() }
    public var solvedChallenge: ChallengeSolved? { nil }
}
