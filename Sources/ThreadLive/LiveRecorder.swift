/// Appends entries with a sequence number and a monotonic timestamp taken under one lock, so sequence order and
/// time order agree. Callers record while holding the lock that causes the change, so the order is the real order.
/// Entries hold only integers: appending never allocates beyond the array's growth and retains nothing.
final class LiveRecorder: @unchecked Sendable {
    private let mutex = PThreadMutex()
    private let clock = MonotonicClock()
    private var records: [LiveRecord] = []
    private var origin: Int64

    init(expectedCount: Int = 4_096) {
        records.reserveCapacity(expectedCount)
        origin = clock.nanoseconds()
    }

    /// Time zero of the recording (monotonic ns); set when the run starts.
    func resetOrigin(to nanoseconds: Int64) {
        mutex.withLock { origin = nanoseconds }
    }

    func record(_ entry: LiveEntry) {
        mutex.lock()
        let now = clock.nanoseconds() - origin
        records.append(LiveRecord(seq: records.count, nanoseconds: now, entry: entry))
        mutex.unlock()
    }

    /// Time zero, on the monotonic clock.
    var originNanoseconds: Int64 { mutex.withLock { origin } }

    var count: Int { mutex.withLock { records.count } }

    /// The records from `index` on (copied under the lock, so a reader never sees a half-appended array).
    func records(from index: Int) -> [LiveRecord] {
        mutex.withLock { index < records.count ? Array(records[index...]) : [] }
    }

    /// Nanoseconds since the recording's origin, on the recorder's clock.
    func elapsed() -> Int64 { clock.nanoseconds() - mutex.withLock { origin } }
}
