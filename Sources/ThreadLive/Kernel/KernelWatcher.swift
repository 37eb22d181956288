import CThreadShim
import Glibc
import ThreadModel

/// A background thread that samples /proc for every live thread of a run at a fixed interval and keeps each
/// change of state letter or wait channel, stamped on the run's own clock (in scenario time), so a finished live run can still
/// say what the kernel showed at any moment (the `table` format's kernel column).
final class KernelWatcher: @unchecked Sendable {
    static let threadName = "tt-kernel-watch"

    private let mutex = PThreadMutex()
    private let wake = PThreadCondition()
    private let interval: Int64
    private let recorder: LiveRecorder
    private let kernelTIDs: [Int32]
    private var observations: [KernelObservation] = []
    /// Per thread, the index of its observations in `observations`, for binary search by time.
    private var perThread: [[Int]]
    private var stopRequested = false
    private var osThread: pthread_t?

    private let scale: LiveTimeScale

    init(kernelTIDs: [Int32], recorder: LiveRecorder, intervalNanoseconds: Int64, scale: LiveTimeScale) {
        self.scale = scale
        self.kernelTIDs = kernelTIDs
        self.recorder = recorder
        interval = max(100_000, intervalNanoseconds)
        perThread = Array(repeating: [], count: kernelTIDs.count)
    }

    func start() {
        guard KernelSampler.isAvailable else { return }
        osThread = OSThread.spawn { [self] in watch() }
    }

    /// Stops and joins the watcher (idempotent).
    func stop() {
        mutex.withLock {
            stopRequested = true
            wake.broadcast()
        }
        if let thread = mutex.withLock({ osThread }) {
            OSThread.join(thread)
            mutex.withLock { osThread = nil }
        }
    }

    private func watch() {
        _ = tt_set_thread_name(Self.threadName)
        let clock = LiveClock()
        while true {
            sampleAll()
            mutex.lock()
            let deadline = clock.nanoseconds() + interval
            while !stopRequested && clock.nanoseconds() < deadline { wake.wait(mutex, untilNanoseconds: deadline) }
            let done = stopRequested
            mutex.unlock()
            if done { return }
        }
    }

    private func sampleAll() {
        let samples = kernelTIDs.map { $0 > 0 ? KernelSampler.sample(kernelTID: $0) : nil }
        let time = scale.micros(recorder.elapsed())
        mutex.withLock {
            for (index, sample) in samples.enumerated() {
                let last = perThread[index].last.map { observations[$0] }
                guard last == nil || last?.state != sample?.state || last?.waitChannel != sample?.waitChannel else { continue }
                if last == nil && sample == nil { continue }
                perThread[index].append(observations.count)
                observations.append(KernelObservation(
                    time: time, thread: ThreadID(index), state: sample?.state, waitChannel: sample?.waitChannel
                ))
            }
        }
    }

    var all: [KernelObservation] { mutex.withLock { observations } }

    /// The last observation of `thread` at or before `time` (µs), if any.
    func observation(of thread: ThreadID, at time: Int64) -> KernelObservation? {
        mutex.withLock {
            guard perThread.indices.contains(thread.rawValue) else { return nil }
            let indices = perThread[thread.rawValue]
            var low = 0, high = indices.count
            while low < high {
                let mid = (low + high) / 2
                if observations[indices[mid]].time <= time { low = mid + 1 } else { high = mid }
            }
            return low == 0 ? nil : observations[indices[low - 1]]
        }
    }
}
