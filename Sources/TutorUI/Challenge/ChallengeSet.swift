import TutorBasics

/// The challenges of a step that has more than one: one is shown at a time, `d` moves to the next (as it does
/// between a step's demos), and every key goes to the one shown, which keeps its play while another is shown.
public struct ChallengeSet: DemoPane {
    public private(set) var panes: [ChallengePane]
    public private(set) var index = 0
    private let language: Language

    public init(panes: [ChallengePane], language: Language) {
        precondition(!panes.isEmpty, "a challenge set needs a challenge")
        self.panes = panes
        self.language = language
    }

    public var current: ChallengePane { panes[index] }
    public var title: String { "\(index + 1)/\(panes.count) · \(current.title)" }
    public var isPlaying: Bool { false }
    public var isAsking: Bool { false }
    public var wantsChallengeKeys: Bool { true }
    public var solvedChallenge: ChallengeSolved? { current.solvedChallenge }

    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        guard action == .nextDemo else { return panes[index].perform(action, runs: &runs) }
        index = (index + 1) % panes.count
        return DemoReply(status: language.catalog(.demoSwitched(index: index + 1, of: panes.count, title: current.title)))
    }

    public mutating func challenge(_ command: ChallengeCommand) -> DemoReply { panes[index].challenge(command) }

    public mutating func advance(milliseconds: Int) {}

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        current.draw(into: &buffer, area: area, context: context)
    }
}
