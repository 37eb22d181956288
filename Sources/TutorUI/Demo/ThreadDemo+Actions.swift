import ThreadModel

/// What the demo keys do. Every move goes through `Playback`, so nothing is simulated again except for a
/// new seed, which asks for a different run.
extension ThreadDemo {
    /// Carries out a demo key; returns what to tell the learner on the status line, if anything.
    public mutating func perform(_ action: DemoAction) -> String? {
        notice = nil
        drainLive()
        apply(action)
        return notice.map { $0.text(DemoText(language)) }
    }

    mutating func apply(_ action: DemoAction) {
        switch action {
        case .playPause: playPause()
        case .stepForward: stepForward()
        case .stepBack: move { $0.stepBack(in: $1) }
        case .nextOfThread: jumpToNext()
        case .previousOfThread: move { [selected] in $0.jumpToPrevious(of: ThreadID(selected), in: $1) }
        case .faster: playback.faster()
        case .slower: playback.slower()
        case .restart: restart()
        case .switchMode: switchMode()
        case .newSeed: newSeed()
        case .nextDemo: break  // a single demo; DemoSequence switches between several
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
    mutating func restart() {
        question = nil
        reveal = nil
        answered = []
        if mode == .live {
            startLiveRun()
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

    mutating func switchMode() {
        if mode == .live {
            stopLiveRun()
            mode = .simulated
            playback = Playback(rate: playback.rate)
            return
        }
        startLiveRun()
    }

    /// Starts a live run (stopping any earlier one) and plays its recording as it grows.
    mutating func startLiveRun() {
        stopLiveRun()
        guard let startLive else {
            notice = .liveUnavailable
            return
        }
        // Real µs per scenario µs: slow motion, so the real threads move about as fast as playback, but at most
        // 100x, so `compute` never burns more than a hundred times its length of real CPU. Kernel letters are
        // stamped in scenario time, so they line up with the cursor either way.
        let timeScale = min(100, max(0.01, 1_000 / (playback.rate * playback.speed)))
        guard let runner = startLive(scenario, timeScale), runner.start() else {
            notice = .liveFailed
            if mode == .live { mode = .simulated }
            return
        }
        self.runner = runner
        recorded = runner.makeTimeline()
        mode = .live
        question = nil
        reveal = nil
        playback = Playback(rate: playback.rate)
        playback.isPlaying = true
        drainLive()
    }

    mutating func stopLiveRun() {
        runner?.stop()
        runner = nil
        recorded = nil
        kernelChanges = []
    }

    /// The live inbox: takes what the real threads recorded since the last look, and the kernel's letters.
    mutating func drainLive() {
        guard mode == .live, let runner, var timeline = recorded else { return }
        let wasOpen = timeline.endTime == nil
        guard wasOpen else { return }
        // Let go of the stored copy first, so appending does not copy the whole timeline on every tick.
        recorded = nil
        runner.drain(into: &timeline)
        recorded = timeline
        kernelChanges = runner.kernelChanges()
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
