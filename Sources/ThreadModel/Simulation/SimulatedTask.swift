/// A task's future while the simulator runs (its name and ops are in the program).
struct SimulatedTask {
    var future: FutureState?
    var pool: Int?
    var worker: ThreadID?
    var waiters: [ThreadID] = []
}
