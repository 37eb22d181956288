/// One scripted action, with its subjects resolved to plan indices and durations in nanoseconds.
/// `map` and `repeat` are expanded before they get here.
enum LiveAction: Hashable, Sendable {
    case compute(Int64)
    case io(Int64)
    case sleep(Int64)
    case lock(Int)
    case unlock(Int)
    case wait(Int)
    case set(Int)
    case clear(Int)
    case start(Int)
    case join(Int)
    case increment(Int)
    case submit(pool: Int, task: Int)
    case result(Int)
    case shutdown(Int)
}
