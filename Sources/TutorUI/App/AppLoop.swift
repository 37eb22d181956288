import ProgressStore

/// Runs the app: draws, waits for an event (with a timeout only while a tick is armed, so an idle
/// tutorial uses no CPU), turns it into a message, updates the model and carries out the effects. Before each
/// message, what the live runs recorded is delivered as messages of its own.
public struct AppLoop<Backend: TerminalBackend> {
    public var backend: Backend
    public var model: Model
    /// Starts, drains and stops live runs for the `startLive`/`stopLive` effects.
    public private(set) var runtime: LiveRuntime
    let clock: any MonotonicClock
    /// Saves progress changes; returns a message to show when that failed.
    let record: (ProgressChange) -> String?

    /// The one armed tick: its stamp, when it is due, and when it was armed (to measure elapsed time).
    private var pendingTick: (stamp: Int, due: Int, armedAt: Int)?
    /// Progress changes to save once the frame is on the screen: saving syncs a file to disk, which took 7–9 ms
    /// of a step change when it came before the frame (docs/benchmarks.md, "key to frame").
    private var pendingProgress: [ProgressChange] = []

    public init(backend: Backend, model: Model, clock: any MonotonicClock = SystemClock(), live: LiveDemoStarter? = nil,
                trace: TraceStarter? = nil, record: @escaping (ProgressChange) -> String? = { _ in nil }) {
        self.backend = backend
        self.model = model
        runtime = LiveRuntime(starter: live, tracer: trace)
        self.clock = clock
        self.record = record
    }

    /// Runs until the model asks to quit or input ends; no live thread or traced program is left when it
    /// returns. `effects` are carried out first (`trace` starts its program this way: the command line asked).
    public mutating func run(startingWith effects: [Effect] = []) {
        defer {
            runtime.stopAll()
            _ = saveProgress()
        }
        if model.size != backend.size { _ = model.update(.resize(backend.size)) }
        if !apply(effects) { return }
        backend.draw(Screen.render(model))
        while let message = nextMessage() {
            if !handle(message) { return }
            backend.draw(Screen.render(model))
            if saveProgress() { backend.draw(Screen.render(model)) }
        }
    }

    /// Saves the progress changes of the last messages; true when a failure was put on the status line.
    mutating func saveProgress() -> Bool {
        let changes = pendingProgress
        pendingProgress = []
        var failed = false
        for change in changes {
            guard let problem = record(change) else { continue }
            _ = model.update(.notice(problem))
            failed = true
        }
        return failed
    }

    /// One message from the terminal, after what the live runs recorded since the last one (so a key or a tick
    /// acts on the recording as it is now); false when the app should stop.
    mutating func handle(_ message: Message) -> Bool {
        deliver(runtime.drain() + [message])
    }

    /// Updates the model with each message and carries out its effects; false when the app should stop.
    mutating func deliver(_ messages: [Message]) -> Bool {
        for message in messages where !apply(model.update(message)) { return false }
        return true
    }

    /// Waits for the next message; nil when input has ended.
    mutating func nextMessage() -> Message? {
        let timeout = pendingTick.map { max(0, $0.due - clock.milliseconds()) }
        switch backend.nextEvent(timeoutMilliseconds: timeout) {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .endOfInput: return nil
        case nil:
            guard let tick = pendingTick else { return .resize(backend.size) }
            pendingTick = nil
            return .tick(stamp: tick.stamp, elapsedMilliseconds: max(0, clock.milliseconds() - tick.armedAt))
        }
    }

    /// Carries out effects; returns false when the app should stop.
    mutating func apply(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .armTick(let stamp, let milliseconds):
                let now = clock.milliseconds()
                pendingTick = (stamp, now + milliseconds, now)
            case .cancelTick:
                pendingTick = nil
            case .recordProgress(let change):
                pendingProgress.append(change)
            case .suspend:
                backend.suspend()
                backend.invalidate()
                if !apply(model.update(.resize(backend.size))) { return false }
            case .fullRedraw:
                backend.invalidate()
            case .startLive(let run, let scenario, let timeScale):
                if !deliver(runtime.start(run, scenario: scenario, timeScale: timeScale)) { return false }
            case .startTrace(let run, let request):
                if !deliver(runtime.startTrace(run, request: request)) { return false }
            case .stopLive(let run):
                runtime.stop(run)
            }
        }
        return true
    }
}
