/// A clock that moves only when told to, for tests.
public final class ManualClock: MonotonicClock {
    public private(set) var now: Int

    public init(now: Int = 0) { self.now = now }

    public func advance(by milliseconds: Int) { now += milliseconds }
    public func milliseconds() -> Int { now }
}
