import ThreadModel
import TutorBasics

/// Every word the demo pane says, from the language's catalog. State names and reasons come from ThreadModel.
struct DemoText: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func say(_ phrase: Phrase) -> String { language.catalog(phrase) }

    func state(_ state: ThreadState) -> String { state.name(in: language) }

    // Header.
    var simulated: String { say(.demoSimulated) }
    var live: String { say(.demoLive) }
    var playing: String { say(.demoPlaying) }
    var paused: String { say(.demoPaused) }
    var finished: String { say(.demoFinished) }
    var asking: String { say(.demoAsking) }
    var recording: String { say(.demoRecording) }
    func seed(_ seed: UInt64) -> String { say(.demoSeed(seed)) }
    var ticks: String { say(.ticks) }
    /// "tick 16": when a move happened, in a demo counted in ticks.
    func atTick(_ tick: String) -> String { say(.demoAtTick(tick)) }

    // Lanes and details.
    func core(_ number: Int) -> String { say(.demoCore(number)) }
    var holdsGIL: String { say(.demoHoldsGIL) }
    var notStarted: String { say(.demoNotStarted) }
    var kernelTID: String { "tid" }
    var gone: String { say(.demoGone) }

    // Resources.
    var cores: String { say(.demoCores) }
    var idle: String { say(.demoIdle) }
    var gil: String { "GIL" }
    var free: String { say(.demoFree) }
    func lock(_ name: String) -> String { say(.demoLock(name)) }
    func waiting(_ names: String) -> String { say(.demoWaiting(names: names)) }
    func threadCount(_ count: Int) -> String { say(.demoThreadCount(count)) }
    func queue(_ pool: String) -> String { say(.demoQueue(pool: pool)) }
    var empty: String { say(.demoEmpty) }
    var futures: String { say(.demoFutures) }
    func semaphore(_ name: String) -> String { say(.demoSemaphore(name)) }
    func itemQueue(_ name: String) -> String { say(.demoItemQueue(name)) }
    func condition(_ name: String) -> String { say(.demoCondition(name)) }
    func barrier(_ name: String) -> String { say(.demoBarrier(name)) }
    func arrived(_ count: Int, of parties: Int) -> String { say(.demoArrived(count, of: parties)) }
    var broken: String { say(.demoBarrierBroken) }
    var nobodyWaits: String { say(.demoNobodyWaits) }
    func future(_ state: FutureState) -> String {
        switch state {
        case .pending: say(.futurePending)
        case .running: say(.futureRunning)
        case .done: say(.futureDone)
        }
    }
    /// A thread between the read and the write of a non-atomic increment.
    func readNotWritten(_ thread: String, _ value: Int) -> String {
        say(.readNotWritten(thread: thread, value: value))
    }
    var kernelThreads: String { say(.demoKernelThreads) }
    func tooManyCores(_ wanted: Int, _ machine: Int) -> String {
        say(.tooManyCores(wanted: wanted, machine: machine))
    }

    // Event line and legend.
    var nothingYet: String { say(.nothingYet) }
    var startKeys: String { say(.startKeys) }
    var recent: String { say(.recentTransitions) }
    var legendTerminated: String { say(.legendTerminated) }

    // Predictions.
    func predictPrompt(_ thread: String, _ now: ThreadState) -> String {
        say(.predictPrompt(thread: thread, state: state(now)))
    }
    /// Said when the lesson pane has focus: an open quiz of the lesson would take the number keys.
    var predictFocus: String { say(.predictFocus) }
    func predictKeys(_ count: Int) -> String {
        if count == 1 { return say(.predictOnlyWay) }
        return say(.predictKeys(count: count))
    }
    func predictWrong(_ state: ThreadState) -> String {
        say(.predictWrong(state: self.state(state)))
    }
    var predictRight: String { say(.predictRight) }
    var predictAfterTries: String { say(.predictAfterTries) }
    var continueHint: String { say(.continueHint) }
    var answerFirst: String { say(.answerFirst) }

    // Modes.
    var liveUnavailable: String { say(.liveUnavailable) }
    var liveFailed: String { say(.liveFailed) }
    var seedOnlySimulated: String { say(.seedOnlySimulated) }
}
