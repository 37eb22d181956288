/// A parsed demo: the machine, the threads and their scripts. Same scenario + seed → same timeline.
public struct Scenario: Hashable, Sendable {
    public var title: String?
    /// Virtual CPUs.
    public var cores: Int = 1
    /// Round-robin time slice in microseconds.
    public var slice: Int64 = 10_000
    public var policy: PolicyKind = .roundRobin
    /// GIL switch interval in microseconds, or nil when there is no GIL.
    public var gilSwitchInterval: Int64?
    public var model: ThreadingModel = .oneToOne
    /// `wakeup-preemption: true`: a thread whose I/O or sleep ends takes a core at once, from the thread that has
    /// run longest, as interactive schedulers favour threads that slept (no effect under the GIL).
    public var wakeupPreemption = false
    /// Tie-breaking among simultaneous events; nil keeps the order in which they were scheduled.
    public var seed: UInt64?
    /// Length of one tick in microseconds when the scenario counts in ticks.
    public var tick: Int64?
    /// CPU time between the read and the write of `increment`.
    public var incrementCost: Int64 = 1_000
    /// Initial counter values.
    public var counters: [String: Int] = [:]
    /// `semaphores:` and `bounded-semaphores:`, by name.
    public var semaphores: [String: SemaphoreSpec] = [:]
    /// `conditions:`: each condition's lock.
    public var conditions: [String: String] = [:]
    /// `queues:`: each queue's capacity (0: unbounded, as `Queue(maxsize=0)`).
    public var queues: [String: Int] = [:]
    /// `barriers:`: each barrier's parties.
    public var barriers: [String: Int] = [:]
    public var predict: Prediction = .none
    public var threads: [ThreadSpec] = []
    public var pools: [PoolSpec] = []
    public var tasks: [TaskSpec] = []

    public init() {}

    /// Tasks by group name (counted tasks) and by their own names.
    public func tasks(named name: String) -> [TaskSpec] {
        let group = tasks.filter { $0.group == name }
        return group.isEmpty ? tasks.filter { $0.name == name } : group
    }
}
