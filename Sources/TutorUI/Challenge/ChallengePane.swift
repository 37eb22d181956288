import LessonKit
import ThreadModel
import TutorBasics

/// A ```challenge block as a pane: the learner is the scheduler. A number key runs that thread one step, `u`
/// takes the last move back (restoring the exact state), `r` restarts, `h` shows one more hint. The engine
/// refuses an illegal move with its reason, and the pane says when the goal is reached and why it matters.
/// A value, like every pane: what it draws is a function of the play so far (`ChallengeView`).
public struct ChallengePane: DemoPane {
    public let title: String
    /// The challenge's number in its lesson, from 1 (the progress key).
    public let number: Int
    public let goal: ChallengeGoal
    public let story: String
    public let hints: [String]
    public let explanation: String
    /// The course language, for status messages (drawing takes it from the context).
    let language: Language

    public internal(set) var play: ChallengePlay
    /// How many hints are shown (one more per `h`).
    public internal(set) var hintsShown = 0
    /// The move just refused, until the next key that changes the play.
    public internal(set) var refusal: ChallengeRefusalError?

    public init(engine: ChallengeEngine, goal: ChallengeGoal, number: Int = 1, story: String = "",
                hints: [String] = [], explanation: String = "", language: Language = .en) {
        self.number = number
        self.goal = goal
        self.story = story
        self.hints = hints
        self.explanation = explanation
        self.language = language
        title = language.catalog(.challengeTitle(number: number))
        play = ChallengePlay(engine: engine, goal: goal)
    }

    /// The pane for a challenge read from a lesson, or nil when its scenario or goal did not parse.
    public init?(spec: ChallengeSpec, number: Int, language: Language) {
        guard let engine = spec.engine, let goal = spec.goal else { return nil }
        self.init(engine: engine, goal: goal, number: number, story: spec.story, hints: spec.hints,
                  explanation: spec.explanation, language: language)
    }

    public var engine: ChallengeEngine { play.engine }
    public var program: Program { play.engine.program }
    public var state: ChallengeState { play.state }

    /// Every thread done or stuck and the goal not reached: only `u` or `r` can help.
    public var isOver: Bool { !play.isSolved && engine.legalMoves(in: state).isEmpty }

    /// The last move: who moved, the op it ran (or half ran) and the state changes it caused.
    public var lastMove: (thread: ThreadID, op: Program.Op?, transitions: [Transition])? {
        guard let mover = play.moves.last, play.history.count >= 2 else { return nil }
        let before = play.history[play.history.count - 2]
        guard case .success(let step) = engine.apply(mover, to: before, move: play.moves.count) else { return nil }
        return (mover, engine.nextOp(of: mover, in: before), step.transitions)
    }

    // MARK: DemoPane

    public var isPlaying: Bool { false }
    public var isAsking: Bool { false }
    public var wantsChallengeKeys: Bool { true }

    public var solvedChallenge: ChallengeSolved? {
        play.isSolved ? ChallengeSolved(number: number, moves: play.moves.count) : nil
    }

    /// Demo keys the challenge context does not shadow do nothing here, except a restart.
    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        switch action {
        case .restart: challenge(.restart)
        case .selectThread(let number): challenge(.run(number))
        default: DemoReply()
        }
    }

    public mutating func advance(milliseconds: Int) {}

    public mutating func challenge(_ command: ChallengeCommand) -> DemoReply {
        switch command {
        case .run(let number): return run(ThreadID(number - 1))
        case .undo:
            refusal = nil
            guard play.undo() else { return say(.challengeNothingToUndo) }
            return say(.challengeUndone(moves: play.moves.count))
        case .restart:
            refusal = nil
            play.restart()
            return say(.challengeRestarted)
        case .hint:
            guard !hints.isEmpty else { return say(.challengeNoHints) }
            guard hintsShown < hints.count else { return say(.challengeNoMoreHints(count: hints.count)) }
            hintsShown += 1
            return DemoReply()
        }
    }

    /// One step of `thread`, or the engine's reason why not. Once the goal is reached the play stands still
    /// (the learner reads the explanation; `u` or `r` play on).
    mutating func run(_ thread: ThreadID) -> DemoReply {
        if play.isSolved { return say(.challengeSolved(moves: play.moves.count)) }
        switch play.play(thread) {
        case .success:
            refusal = nil
            return play.isSolved ? say(.challengeSolved(moves: play.moves.count)) : DemoReply()
        case .failure(let error):
            refusal = error
            return say(error.phrase(in: program))
        }
    }

    private func say(_ phrase: Phrase) -> DemoReply { DemoReply(status: language.catalog(phrase)) }

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        if context.present, ChallengeVoteView.fits(self, area: area) {
            ChallengeVoteView.draw(self, into: &buffer, area: area, context: context)
            return
        }
        let lines = ChallengeView.lines(self, width: area.width, height: area.height, context: context)
        for (row, line) in lines.prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, clip: area)
        }
    }

    /// A factory for the app: a step with a readable challenge shows its pane (its number counted over the
    /// whole lesson; several on one step take turns with `d`); any other step gets what `otherwise` makes.
    public static func factory(otherwise: @escaping DemoFactory) -> DemoFactory {
        { step, lesson, language in
            guard !step.challenges.isEmpty else { return otherwise(step, lesson, language) }
            var first = 1
            for earlier in lesson.steps {
                if earlier.location == step.location { break }
                first += earlier.challenges.count
            }
            let panes = step.challenges.enumerated().compactMap { offset, spec in
                ChallengePane(spec: spec, number: first + offset, language: language)
            }
            guard let only = panes.first else { return otherwise(step, lesson, language) }
            return panes.count == 1 ? only : ChallengeSet(panes: panes, language: language)
        }
    }
}
