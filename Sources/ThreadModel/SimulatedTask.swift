/// A task's future while the simulator runs.
struct SimulatedTask {
    var name: String
    var script: [ScriptOp]
    var future: FutureState?
    var pool: Int?
    var worker: ThreadID?
    var waiters: [ThreadID] = []
}
