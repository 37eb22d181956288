import Glibc
import ThreadModel

/// Owns one live run's OS threads: spawns one per program thread, starts the recording once all have registered
/// their kernel ids, and joins them all when stopped, so no thread of the demo outlives `stop()`.
final class LiveEngine: @unchecked Sendable {
    let scheduler: LiveScheduler
    let recorder: LiveRecorder
    /// Serialises start and stop (never taken by the demo's threads).
    private let lifecycle = PThreadMutex()
    private var osThreads: [pthread_t] = []
    private var joined = false

    /// - Parameter timeScale: real time per scenario time (see `LiveRun.timeScale`).
    init(program: Program, timeScale: Double = 1) {
        let scale = LiveTimeScale(timeScale)
        // About four records per op and eight per thread, so a run rarely outgrows its reserved log.
        recorder = LiveRecorder(expectedCount: max(4_096, 4 * program.opCount + 8 * program.threads.count), scale: scale)
        scheduler = LiveScheduler(program: program, recorder: recorder, scale: scale)
    }

    deinit { stop() }

    /// Spawns the threads and starts the run; returns once every thread has its kernel id.
    /// False when the system would not create every thread (the threads made so far are stopped).
    @discardableResult
    func start() -> Bool {
        lifecycle.lock()
        defer { lifecycle.unlock() }
        guard osThreads.isEmpty, !joined else { return false }
        let scheduler = self.scheduler
        for index in scheduler.program.threads.indices {
            guard let thread = OSThread.spawn({ scheduler.runThread(index) }) else {
                scheduler.mutex.withLock { scheduler.requestStop() }
                joinAll()
                return false
            }
            osThreads.append(thread)
        }
        scheduler.mutex.withLock {
            while scheduler.registeredCount < osThreads.count && !scheduler.stopRequested {
                scheduler.control.wait(
                    scheduler.mutex, untilNanoseconds: scheduler.clock.nanoseconds() + LiveScheduler.stopPollInterval
                )
            }
        }
        scheduler.begin()
        return true
    }

    /// Asks every thread to stop and joins them; when it returns no thread of the run is left.
    func stop() {
        lifecycle.lock()
        defer { lifecycle.unlock() }
        scheduler.mutex.withLock { scheduler.requestStop() }
        joinAll()
    }

    /// Waits until every thread has exited or `timeout` (ns) passes; joins them when they have. True when done.
    func waitUntilFinished(timeoutNanoseconds timeout: Int64) -> Bool {
        let deadline = scheduler.clock.nanoseconds() + timeout
        let done = scheduler.mutex.withLock {
            while scheduler.exitedCount < scheduler.program.threads.count && scheduler.clock.nanoseconds() < deadline {
                scheduler.control.wait(scheduler.mutex, untilNanoseconds: deadline)
            }
            return scheduler.exitedCount == scheduler.program.threads.count
        }
        if done { lifecycle.withLock { joinAll() } }
        return done
    }

    /// Every thread has left its body (finished, deadlocked or stopped).
    var isFinished: Bool {
        scheduler.mutex.withLock { scheduler.exitedCount == scheduler.program.threads.count }
    }

    var kernelTIDs: [Int32] { scheduler.mutex.withLock { scheduler.slots.map(\.kernelTID) } }

    /// Joins every OS thread (lifecycle lock held), then waits for the kernel to drop their /proc entries.
    private func joinAll() {
        guard !joined else { return }
        joined = true
        for thread in osThreads { OSThread.join(thread) }
        let tids = scheduler.mutex.withLock { scheduler.slots.map(\.kernelTID) }
        KernelSampler.waitUntilGone(tids.filter { $0 > 0 })
    }
}
