/// A condition's waiters while the simulator runs, in the order they began to wait (notify wakes the oldest).
struct SimulatedCondition {
    var waiters = FIFOQueue<ThreadID>()
}
