/// Everything the live engine needs to run a scenario, resolved to indices so the hot paths touch no strings.
struct LivePlan: Hashable, Sendable {
    enum Policy: Hashable, Sendable { case roundRobin, fifo }

    var cores: Int = 1
    var sliceNanoseconds: Int64 = 10_000_000
    var policy: Policy = .roundRobin
    /// The GIL's switch interval; nil when the scenario has no GIL.
    var gilSwitchIntervalNanoseconds: Int64?
    /// Kernel threads that carry the user threads (many-to-one: 1, many-to-many: K); nil for one-to-one.
    var kernelThreads: Int?
    var incrementCostNanoseconds: Int64 = 1_000_000
    var threads: [LiveThreadPlan] = []
    var lockNames: [String] = []
    var eventNames: [String] = []
    var counterNames: [String] = []
    var counterInitialValues: [Int] = []
    var poolNames: [String] = []
    /// Thread indices of each pool's workers.
    var poolWorkers: [[Int]] = []
    var taskNames: [String] = []
    var taskActions: [[LiveAction]] = []
}
