import ThreadModel
import TutorBasics

/// What the demo keys do. Every move goes through `Playback`, so nothing is simulated again except for a
/// new seed, which asks for a different run.
extension ThreadDemo {
    /// Carries out a demo key; returns what to tell the learner on the status line, if anything, and the live
    /// runs to start or stop.
    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        notice = nil
        requests = []
        apply(action, runs: &runs)
        return reply()
    }

    /// Carries out a demo key for a caller with no app loop (a benchmark, a single frame): live runs cannot
    /// start there, so any live effect is dropped. Returns the status line text.
    public mutating func perform(_ action: DemoAction) -> String? {
        var runs = RunID.Counter()
        let reply = perform(action, runs: &runs)
        liveRun = nil  // nobody carries out the effects, so no run asked for here will ever start
        return reply.status
    }

    /// What the action or news just handled says to the learner, and the live effects it asked for.
    func reply() -> DemoReply {
        DemoReply(status: notice.map { language.catalog($0.phrase) }, effects: requests)
    }

    mutating func apply(_ action: DemoAction, runs: inout RunID.Counter) {
        switch action {
        case .playPause: playPause()
        case .stepForward: stepForward()
        case .stepBack: move { $0.stepBack(in: $1) }
        case .nextOfThread: jumpToNext()
        case .previousOfThread: move { [selected] in $0.jumpToPrevious(of: ThreadID(selected), in: $1) }
        case .faster: playback.faster()
        case .slower: playback.slower()
        case .restart: restart(runs: &runs)
        case .switchMode: switchMode(runs: &runs)
        case .newSeed: newSeed()
        case .nextDemo: break  // a single demo; DemoSequence switches between several
        case .switchView: view = view.next
        case .selectThread(let number): select(number - 1)
        case .answer(let number): choose(number)
        case .confirm: confirm()
        case .scrollUp: select(selected - 1)
        case .scrollDown: select(selected + 1)
        case .pageUp: select(selected - 5)
        case .pageDown: select(selected + 5)
        case .scrollTop: select(0)
        case .scrollBottom: select(timeline.threads.count - 1)
        }
    }

    // MARK: Playback

    mutating func playPause() {
        if question != nil {
            notice = .answerFirst
            return
        }
        if playback.isPlaying {
            playback.isPlaying = false
            return
        }
        if playback.isAtEnd(of: timeline) { playback.rewind() }
        reveal = nil
        playback.isPlaying = true
    }

    mutating func stepForward() {
        guard question == nil else {
            notice = .answerFirst
            return
        }
        playback.isPlaying = false
        let timeline = self.timeline
        if let stop = playback.stepForward(in: timeline, stopBefore: mustPredict) { ask(stop) }
    }

    mutating func jumpToNext() {
        guard question == nil else {
            notice = .answerFirst
            return
        }
        playback.isPlaying = false
        let timeline = self.timeline
        if let stop = playback.jumpToNext(of: ThreadID(selected), in: timeline, stopBefore: mustPredict) { ask(stop) }
    }

    /// A backward move: it closes any open question (the learner chose to look again first).
    mutating func move(_ body: (inout Playback, Timeline) -> Void) {
        question = nil
        playback.isPlaying = false
        let timeline = self.timeline
        body(&playback, timeline)
    }

    /// Back to the start, predictions asked again, playing. A live demo records a fresh run.
    mutating func restart(runs: inout RunID.Counter) {
        question = nil
        reveal = nil
        answered = []
        if mode == .live {
            startLiveRun(runs: &runs)
            return
        }
        playback.rewind()
        playback.isPlaying = true
    }

    mutating func select(_ index: Int) {
        let count = timeline.threads.count
        guard count > 0 else { return }
        selected = min(max(0, index), count - 1)
    }

    // MARK: Seeds and modes

    mutating func newSeed() {
        guard mode == .simulated else {
            notice = .seedOnlySimulated
            return
        }
        let next = (seed ?? scenario.seed ?? 0) &+ 1
        seed = next
        simulated = Simulator.run(scenario, seed: next)
        question = nil
        reveal = nil
        answered = []
        playback.rewind()
        playback.isPlaying = false
    }

    mutating func switchMode(runs: inout RunID.Counter) {
        if mode == .live {
            stopLiveRun()
            mode = .simulated
            playback = Playback(rate: playback.rate)
            return
        }
        startLiveRun(runs: &runs)
    }

    // MARK: Answers

    mutating func choose(_ number: Int) {
        guard var question, question.choices.indices.contains(number - 1) else { return }
        question.selected = number
        self.question = question
    }

    mutating func confirm() {
        guard var question, let number = question.selected else { return }
        let choice = question.choices[number - 1]
        guard choice == question.answer else {
            question.wrong.insert(choice)
            question.lastWrong = choice
            question.selected = nil
            self.question = question
            return
        }
        answered.insert(question.transition.seq)
        self.question = nil
        let timeline = self.timeline
        playback.stepForward(in: timeline)
        reveal = PredictionReveal(seq: question.transition.seq, wrongTries: question.wrong.count)
    }
}
