/// A scenario compiled once, in the form every engine runs: the simulator, the live engine (ThreadLive) and any
/// later one (a tracer of real Python programs feeds the same Timeline vocabulary).
///
/// - Ids are dense indices: threads are `ThreadID`s (the scenario's threads, then each pool's workers, the
///   order every Timeline uses); locks, events, counters, pools and tasks index the tables below.
/// - Times are **microseconds of scenario time**, as in `Scenario` and `Timeline`. An engine that runs for real
///   converts at the point of use (the live engine: µs × 1000 × its time scale).
/// - Task groups and `map` are expanded into one op per task, so an engine never looks a name up while it runs.
/// - Names stay in the tables, for reasons and resource events (the engines record names, not ids, in the
///   Timeline, so a reason reads the same in every exporter).
public struct Program: Hashable, Sendable {
    /// Virtual CPUs, as the scenario says (a parsed scenario has at least 1; engines treat less as 1).
    public var cores = 1
    public var policy = PolicyKind.roundRobin
    /// Round-robin time slice (µs).
    public var slice: Int64 = 10_000
    /// The GIL's switch interval (µs); nil when there is no GIL.
    public var gilSwitchInterval: Int64?
    /// Kernel threads that carry the user threads (many-to-one: 1, many-to-many: K); nil for one-to-one.
    public var kernelThreads: Int?
    /// A thread back from I/O or sleep takes a core at once (see `Scenario.wakeupPreemption`).
    public var wakeupPreemption = false
    /// CPU time (µs) between the read and the write of `increment`.
    public var incrementCost: Int64 = 1_000
    /// Tie-breaking among simultaneous events in the simulator; nil keeps scheduling order.
    public var seed: UInt64?
    /// Indexed by `ThreadID.rawValue`.
    public var threads: [Thread] = []
    public var pools: [Pool] = []
    public var tasks: [Task] = []
    /// Lock, event and counter names by id.
    public var locks: [String] = []
    public var events: [String] = []
    public var counters: [String] = []
    /// Each counter's value before the run (same ids as `counters`).
    public var counterInitialValues: [Int] = []
    /// Declared coordination objects, by id (ids in name order).
    public var semaphores: [Semaphore] = []
    public var conditions: [Condition] = []
    public var queues: [Queue] = []
    public var barriers: [Barrier] = []
    /// Critical-section names by id (a challenge's `enter`/`leave`), in order of first use.
    public var sections: [String] = []

    /// An empty program (one core, round robin); tests build small ones by hand.
    public init() {}

    /// An empty Timeline with this program's threads, in id order; `kernelTIDs` (by thread id, 0 unknown) are
    /// given by engines that run real threads.
    public func makeTimeline(kernelTIDs: [Int32] = []) -> Timeline {
        var timeline = Timeline(cores: cores)
        for (index, thread) in threads.enumerated() {
            let tid = kernelTIDs.indices.contains(index) && kernelTIDs[index] > 0 ? kernelTIDs[index] : nil
            timeline.addThread(
                name: thread.name, kind: thread.pool == nil ? .thread : .poolWorker,
                pool: thread.pool.map { pools[$0].name }, kernelTID: tid
            )
        }
        return timeline
    }

    /// How many ops the whole program has (for sizing logs before a run).
    public var opCount: Int {
        threads.reduce(0) { $0 + $1.ops.count } + tasks.reduce(0) { $0 + $1.ops.count }
    }
}
