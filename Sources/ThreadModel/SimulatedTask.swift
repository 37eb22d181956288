/// A task's future while the simulator runs.
struct SimulatedTask {
    var spec: TaskSpec
    var future: FutureState?
    var pool: Int?
    var worker: ThreadID?
    var waiters: [ThreadID] = []
}
