/// The real monotonic clock.
public struct SystemClock: MonotonicClock {
    private let start = ContinuousClock.now

    public init() {}

    public func milliseconds() -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
