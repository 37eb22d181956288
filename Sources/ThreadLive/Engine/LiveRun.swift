import Foundation
import ThreadModel

/// A scenario running live on real OS threads, recorded as it happens into the same `Timeline` the simulator
/// produces. Start it, let the UI drain new entries each tick (or take a snapshot), read kernel ids and /proc
/// samples beside the model states, and stop it at any time: when `stop()` returns no thread of the demo is left.
///
/// A live run is a recording: pause, step and rewind act on what was recorded so far.
public final class LiveRun: @unchecked Sendable {
    public let scenario: Scenario
    /// The compiled scenario both engines run.
    public let program: Program
    let engine: LiveEngine
    private let drainLock = PThreadMutex()
    private var drained = 0
    private var watcher: KernelWatcher?

    /// Real time per scenario time: 1 runs the script as written; 0.1 ten times faster; 10 in slow motion
    /// (so a 100 ms demo can be watched live). Timelines are always in scenario time.
    public let timeScale: Double

    public init(scenario: Scenario, timeScale: Double = 1) {
        self.scenario = scenario
        self.timeScale = timeScale > 0 ? timeScale : 1
        program = Program(compiling: scenario)
        engine = LiveEngine(program: program, timeScale: self.timeScale)
    }

    deinit { stop() }

    // MARK: Machine

    /// CPUs this process may use.
    public static var machineCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The scenario asks for more cores than the machine has: its threads still get at most `cores` at once,
    /// but they share fewer real CPUs (compute counts each thread's own CPU time, so the shape holds).
    public var coresExceedMachine: Bool { scenario.cores > Self.machineCores }

    // MARK: Running

    /// Spawns one named OS thread per scenario thread and pool worker and starts the clock. Returns once every
    /// thread has its kernel id; false when the system refused a thread (nothing is left running then).
    /// - Parameter kernelWatchInterval: also sample /proc for every thread at this interval on a background
    ///   thread and keep each change (for `kernelObservation(of:at:)` after the run); nil (the default) keeps
    ///   only on-demand `kernelSamples()`.
    @discardableResult
    public func start(kernelWatchInterval: Duration? = nil) -> Bool {
        guard engine.start() else { return false }
        if let interval = kernelWatchInterval {
            let watcher = KernelWatcher(
                kernelTIDs: engine.kernelTIDs, recorder: engine.recorder, intervalNanoseconds: Self.nanoseconds(interval),
                scale: engine.scheduler.scale
            )
            watcher.start()
            drainLock.withLock { self.watcher = watcher }
        }
        return true
    }

    /// Stops every thread (mid-compute, mid-sleep, mid-wait, deadlocked) and joins them, the kernel watcher too.
    public func stop() {
        engine.stop()
        drainLock.withLock { watcher }?.stop()
    }

    /// Every thread has ended: finished, stopped after a deadlock, or stopped.
    public var isFinished: Bool { engine.isFinished }

    /// Blocks the caller until the run is over or `timeout` passes; true when it is over.
    public func waitUntilFinished(timeout: Duration) -> Bool {
        engine.waitUntilFinished(timeoutNanoseconds: Self.nanoseconds(timeout))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// How the run ended, or nil while it is still going.
    public var outcome: LiveOutcome? {
        let scheduler = engine.scheduler
        return scheduler.mutex.withLock {
            if scheduler.deadlock != nil { return .deadlocked }
            if scheduler.everyThreadIsDone { return .finished }
            return scheduler.stopRequested ? .stopped : nil
        }
    }

    /// The deadlock the engine found, reported like the simulator's (cycle first, then every stuck wait).
    public var deadlock: Deadlock? { engine.scheduler.mutex.withLock { engine.scheduler.deadlock } }

    // MARK: Recording

    /// An empty timeline with the run's threads (and their kernel ids, once started), to drain into.
    public func makeTimeline() -> Timeline {
        var timeline = program.makeTimeline(kernelTIDs: engine.kernelTIDs)
        timeline.cores = max(1, timeline.cores)  // the cores the run really gated (an API scenario may say 0)
        return timeline
    }

    /// Everything recorded so far. Once the run is over the timeline is finished (and carries the deadlock),
    /// so it passes ThreadModel's Validator; after a `stop()` it stays open (`endTime` nil).
    public func timeline() -> Timeline {
        var timeline = makeTimeline()
        let (entries, end) = entriesAndEnd(from: 0)
        for entry in entries { timeline.append(entry) }
        close(&timeline, end: end)
        return timeline
    }

    /// The UI's inbox: appends what was recorded since the last drain to `timeline` (made by `makeTimeline()`
    /// and drained only through here), and closes it when the run is over. Call it on each tick.
    public func drain(into timeline: inout Timeline) {
        drainLock.lock()
        defer { drainLock.unlock() }
        let (entries, end) = entriesAndEnd(from: drained)
        drained += entries.count
        for entry in entries { timeline.append(entry) }
        if timeline.endTime == nil { close(&timeline, end: end) }
    }

    /// The entries from `index` and, when the run is over, when it ended: read in that order so a run that
    /// ends meanwhile never closes a timeline that misses its last entries.
    private func entriesAndEnd(from index: Int) -> ([TimelineEntry], Int64?) {
        let scheduler = engine.scheduler
        let end: Int64? = scheduler.mutex.withLock {
            scheduler.deadlock != nil || scheduler.everyThreadIsDone
                ? scheduler.endNanoseconds : nil
        }
        return (engine.recorder.entries(from: index), end)
    }

    private func close(_ timeline: inout Timeline, end: Int64?) {
        guard let end else { return }
        if let deadlock { timeline.reportDeadlock(deadlock) }
        timeline.finish(at: max(engine.scheduler.scale.micros(end), timeline.end))
    }

    // MARK: The kernel's view

    /// Each thread's kernel id (as `ps -L` and htop show it, under the thread's name cut to 15 bytes).
    public var kernelThreadIDs: [ThreadID: Int32] {
        var ids: [ThreadID: Int32] = [:]
        for (index, tid) in engine.kernelTIDs.enumerated() where tid > 0 { ids[ThreadID(index)] = tid }
        return ids
    }

    /// Every change the kernel watcher saw (empty unless started with `kernelWatchInterval`).
    public func kernelObservations() -> [KernelObservation] { drainLock.withLock { watcher }?.all ?? [] }

    /// What the kernel showed for `thread` at `time` (µs on the run's timeline): the last watched change at or
    /// before it. Nil when not watched, not yet seen, or where /proc is missing.
    public func kernelObservation(of thread: ThreadID, at time: Int64) -> KernelObservation? {
        drainLock.withLock { watcher }?.observation(of: thread, at: time)
    }

    /// The kernel's state letter for `thread` at `time` as text (for `StateTable.render(annotate:)`), or nil.
    public func kernelLetter(of thread: ThreadID, at time: Int64) -> String? {
        kernelObservation(of: thread, at: time)?.state.map { String($0) }
    }

    /// What /proc says about each live thread right now; empty where /proc is missing, and a thread that has
    /// exited has no sample.
    public func kernelSamples() -> [ThreadID: KernelSample] {
        guard KernelSampler.isAvailable else { return [:] }
        var samples: [ThreadID: KernelSample] = [:]
        for (thread, tid) in kernelThreadIDs {
            if let sample = KernelSampler.sample(kernelTID: tid) { samples[thread] = sample }
        }
        return samples
    }
}
