import ThreadModel

/// The live run's log, in ThreadModel's own vocabulary (`TimelineEntry`: a `Transition` with its `Reason`, or
/// a `ResourceEvent`), so a Timeline is made by appending, with nothing to translate. Each entry gets its
/// sequence number and its time (scenario µs) under one lock, so sequence order and time order agree;
/// callers record inside the scheduler's monitor, in the critical section that causes the change, so the order
/// is the real order. The log is reserved up front (from the program's size) and entries hold ids, small enums
/// and the program's names (short names are stored inline; a longer one costs a retain), so a record is an
/// append into reserved memory.
final class LiveRecorder: @unchecked Sendable {
    private let mutex = PThreadMutex()
    private let clock = LiveClock()
    private let scale: LiveTimeScale
    private var log: [TimelineEntry] = []
    private var origin: Int64

    init(expectedCount: Int = 4_096, scale: LiveTimeScale = LiveTimeScale(1)) {
        self.scale = scale
        log.reserveCapacity(expectedCount)
        origin = clock.nanoseconds()
    }

    /// Time zero of the recording (monotonic ns); set when the run starts.
    func resetOrigin(to nanoseconds: Int64) {
        mutex.withLock { origin = nanoseconds }
    }

    /// `thread` moved `from` → `to` (core from 1 when entering or leaving running).
    func record(_ thread: ThreadID, from: ThreadState, to: ThreadState, core: Int?, reason: Reason) {
        mutex.lock()
        let time = scale.micros(clock.nanoseconds() - origin)
        log.append(.transition(Transition(
            seq: log.count, time: time, thread: thread, from: from, to: to, core: core, reason: reason
        )))
        mutex.unlock()
    }

    func record(_ kind: ResourceEventKind) {
        mutex.lock()
        let time = scale.micros(clock.nanoseconds() - origin)
        log.append(.event(ResourceEvent(seq: log.count, time: time, kind: kind)))
        mutex.unlock()
    }

    /// Time zero, on the monotonic clock.
    var originNanoseconds: Int64 { mutex.withLock { origin } }

    var count: Int { mutex.withLock { log.count } }

    /// The entries from `index` on (copied under the lock, so a reader never sees a half-appended array).
    func entries(from index: Int) -> [TimelineEntry] {
        mutex.withLock { index < log.count ? Array(log[index...]) : [] }
    }

    /// Nanoseconds since the recording's origin, on the recorder's clock.
    func elapsed() -> Int64 { clock.nanoseconds() - mutex.withLock { origin } }
}
