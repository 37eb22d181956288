import TutorBasics

/// The demos of a step that has more than one (say, the same threads with and without the GIL): one is shown at a
/// time, `d` moves to the next, and every other action goes to the one shown.
public struct DemoSequence: DemoPane {
    private var panes: [any DemoPane]
    private var index = 0
    private let language: Language

    public init(panes: [any DemoPane], language: Language) {
        precondition(!panes.isEmpty, "a demo sequence needs a demo")
        self.panes = panes
        self.language = language
    }

    public var title: String { "\(index + 1)/\(panes.count) · \(panes[index].title)" }
    public var isPlaying: Bool { panes[index].isPlaying }
    public var isAsking: Bool { panes[index].isAsking }

    /// Every pane's runs: a demo left with `d` keeps recording until the step changes.
    public var liveRuns: [RunID] { panes.flatMap(\.liveRuns) }

    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        guard action == .nextDemo else { return panes[index].perform(action, runs: &runs) }
        if panes[index].isPlaying { _ = panes[index].perform(.playPause, runs: &runs) }
        index = (index + 1) % panes.count
        return DemoReply(status: language.catalog(.demoSwitched(index: index + 1, of: panes.count,
                                                                title: panes[index].title)))
    }

    /// News goes to every pane; only the one that started the run takes it.
    public mutating func receive(_ update: LiveUpdate, for run: RunID) -> DemoReply {
        var reply = DemoReply()
        for i in panes.indices where panes[i].liveRuns.contains(run) {
            let answer = panes[i].receive(update, for: run)
            reply.effects += answer.effects
            if i == index { reply.status = answer.status ?? reply.status }
        }
        return reply
    }

    public mutating func advance(milliseconds: Int) { panes[index].advance(milliseconds: milliseconds) }

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        panes[index].draw(into: &buffer, area: area, context: context)
    }
}
