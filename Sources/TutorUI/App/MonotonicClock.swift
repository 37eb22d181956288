/// Time for the app loop, in milliseconds since some fixed start. Injected so tests control it.
public protocol MonotonicClock {
    func milliseconds() -> Int
}
