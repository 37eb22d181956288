/// A thread's private state while the simulator runs it.
struct SimulatedThread {
    var name: String
    var state = ThreadState.created
    /// The script being run: a thread's own ops, or a pool worker's current task's.
    var ops: [Program.Op]
    var pc = 0
    /// Step within a multi-step op (increment: read done).
    var phase = 0
    /// CPU time still owed to the current compute or increment; -1 before it starts.
    var remaining: Int64 = -1
    /// When the current stretch of CPU time began (for accounting on preemption).
    var runStart: Int64 = 0
    var sliceEnd = Int64.max
    /// When it was last dispatched (wake-up preemption takes the core of the thread that has run longest).
    var dispatchedAt: Int64 = 0
    var core: Int?
    var lastCore: Int?
    var kernelThread: Int?
    /// Bumped whenever the thread stops running or blocking, making its scheduled events stale.
    var epoch = 0
    var wait = SimulatedWait.none
    var blockReason: Reason?
    /// The value an in-flight `increment` read.
    var readValue = 0
    /// Woken by a broken barrier: it raises BrokenBarrierError when it runs.
    var barrierBroke = false
    /// For pool workers: which pool, and the task being run.
    var pool: Int?
    var task: Int?

    init(name: String, ops: [Program.Op], pool: Int? = nil) {
        self.name = name
        self.ops = ops
        self.pool = pool
    }
}
