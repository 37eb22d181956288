/// An action compiled for the simulator: every name replaced by a dense index, so running a script copies
/// no strings and looks nothing up in a dictionary.
enum ScriptOp {
    case compute(Int64)
    case io(Int64)
    case sleep(Int64)
    case lock(Int)
    case unlock(Int)
    case wait(Int)
    case set(Int)
    case clear(Int)
    /// nil when the scenario (built through the API) names no such thread: the action does nothing.
    case start(ThreadID?)
    case join(ThreadID?)
    case increment(Int)
    /// `tasks` indexes the engine's task groups (a single task is a group of one).
    case submit(pool: Int?, tasks: Int)
    case result(tasks: Int)
    case map(pool: Int?, tasks: Int)
    case shutdown(Int?)
}
