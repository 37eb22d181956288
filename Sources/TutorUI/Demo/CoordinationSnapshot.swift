import ThreadModel

/// Semaphores, queues, conditions and barriers at the cursor: values from the resource events, waiters from the
/// blocked threads' reasons (so one rule finds every waiter of every kind, live or simulated).
public struct CoordinationSnapshot: Sendable {
    public var semaphores: [(name: String, value: Int, waiters: [ThreadID])] = []
    public var queues: [(name: String, items: [String], capacity: Int, waiters: [ThreadID])] = []
    public var conditions: [(name: String, waiters: [ThreadID])] = []
    public var barriers: [(name: String, arrived: Int, parties: Int, broken: Bool)] = []

    init() {}

    public var isEmpty: Bool { semaphores.isEmpty && queues.isEmpty && conditions.isEmpty && barriers.isEmpty }

    init(timeline: Timeline, through seq: Int, scenario: Scenario, states: [ThreadState], lastTransitions: [Transition?]) {
        guard !(scenario.semaphores.isEmpty && scenario.queues.isEmpty && scenario.conditions.isEmpty
                && scenario.barriers.isEmpty) else { return }
        var values = scenario.semaphores.mapValues(\.value)
        var items: [String: [String]] = [:]
        var arrived: [String: Int] = [:]
        var broken: Set<String> = []
        for event in timeline.events.prefix(timeline.eventCount(throughSeq: seq)) {
            switch event.kind {
            case .semaphoreAcquired(let name, _, let value), .semaphoreReleased(let name, _, let value): values[name] = value
            case .queuePut(let name, let item, _): items[name, default: []].append(item)
            case .queueGot(let name, _, _): if items[name]?.isEmpty == false { items[name]?.removeFirst() }
            case .barrierArrived(let name, _, let count): arrived[name] = count
            case .barrierReleased(let name): arrived[name] = 0
            case .barrierBroken(let name):
                arrived[name] = 0
                broken.insert(name)
            default: break
            }
        }
        var waiters: [String: [ThreadID]] = [:]
        for (index, state) in states.enumerated() where state == .blocked {
            guard let reason = lastTransitions[index]?.reason, let name = Self.object(reason) else { continue }
            waiters[name, default: []].append(ThreadID(index))
        }
        semaphores = scenario.semaphores.keys.sorted().map { ($0, values[$0] ?? 0, waiters[$0] ?? []) }
        queues = scenario.queues.keys.sorted().map { ($0, items[$0] ?? [], scenario.queues[$0] ?? 0, waiters[$0] ?? []) }
        conditions = scenario.conditions.keys.sorted().map { ($0, waiters[$0] ?? []) }
        barriers = scenario.barriers.keys.sorted().map { ($0, arrived[$0] ?? 0, scenario.barriers[$0] ?? 0, broken.contains($0)) }
    }

    /// The object a blocked thread waits on, when it is one of these kinds (names are unique across them).
    private static func object(_ reason: Reason) -> String? {
        switch reason {
        case .waitingForSemaphore(let name), .waitingForCondition(let name, _), .waitingForRoom(let name),
             .waitingForItem(let name), .waitingForQueueDone(let name), .waitingAtBarrier(let name, _, _):
            name
        default: nil
        }
    }
}
