import ThreadModel

/// The scheduler's bookkeeping for one live thread (touched only under the scheduler's lock).
struct LiveThreadSlot: Sendable {
    var state = ThreadState.created
    /// The core it holds (index from 0) while running.
    var core: Int?
    /// The emulated kernel thread (index from 0) carrying it, under many-to-one / many-to-many.
    var kernelThread: Int?
    /// CPU time used since it was last dispatched (for round-robin slices).
    var sliceUsed: Int64 = 0
    /// When it was last dispatched (monotonic ns): wake-up preemption picks the thread that has run longest.
    var dispatchedAt: Int64 = 0
    /// Wake-up preemption asked this running thread to give its core to that thread at its next checkpoint.
    var yieldCoreTo: Int?
    /// Why it is blocked, and on whom when a single thread can free it (the wait-for graph's arrow).
    var waitReason: Reason?
    var waitsFor: Int?
    /// Whether only `waitsFor` can free it (a lock holder, a joined thread, the worker running a result).
    /// A result queued behind busy workers names a worker too, but any worker could free it, so such an
    /// arrow is shown in a report and never used to declare a cycle early.
    var waitsForIsCertain = false
    /// Blocked in io or sleep: time alone will wake it.
    var isTimedWait = false
    /// For `start: 5ms`: when it starts by itself (monotonic ns).
    var startDeadline: Int64?
    var joiners: [Int] = []
    /// A pool worker's next task, handed over by `submit` while the worker was idle.
    var assignedTask: Int?
    var kernelTID: Int32 = 0
    /// An exception the thread's script raised (ValueError, BrokenBarrierError…): it ends the thread, or a
    /// worker's task.
    var raisedError: String?
    /// Woken by a broken barrier: it raises BrokenBarrierError once it runs.
    var barrierBroke = false
    var hasExited = false
    /// A pool worker whose pool closed before any submit needed it: it never starts.
    var isUnused = false
}
