@testable import ThreadModel

/// Random valid scenarios from a seed, for property tests: locks are unlocked only by their holder, manual
/// threads are started once, each task is submitted once. Deadlocks and hangs are allowed (they must be
/// reported, and the timeline must still be valid).
struct ScenarioGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    private mutating func duration() -> Int64 { Int64(int(0...20)) * 500 }

    mutating func scenario() -> Scenario {
        var scenario = Scenario()
        scenario.cores = int(1...4)
        scenario.slice = Int64(int(1...10)) * 1_000
        scenario.policy = chance(70) ? .roundRobin : .fifo
        scenario.gilSwitchInterval = chance(30) ? Int64(int(1...5)) * 1_000 : nil
        scenario.model = [ThreadingModel.oneToOne, .manyToOne, .manyToMany(2)][int(0...2)]
        scenario.seed = chance(50) ? UInt64(int(0...1_000)) : nil
        scenario.incrementCost = Int64(int(1...3)) * 1_000
        let threadCount = int(1...6)
        let usePool = chance(40)
        if usePool {
            scenario.pools = [PoolSpec(name: "pool", workers: int(1...3))]
            scenario.tasks = (1...int(1...5)).map { TaskSpec(name: "t\($0)", group: "t", actions: actions(threads: [], manual: [])) }
        }
        let names = (0..<threadCount).map { "T\($0)" }
        let manual = Set(names.dropFirst().filter { _ in chance(30) })
        var unstarted = manual.sorted()
        scenario.threads = names.enumerated().map { index, name in
            var list = actions(threads: Array(names.prefix(index)), manual: manual)
            if index == 0 {
                list = unstarted.map { Action.start($0) } + list
                unstarted = []
                if usePool { list += [.submit(pool: "pool", task: "t"), .result("t1"), .shutdown("pool")] }
            }
            let start: StartMode = manual.contains(name) ? .manual : (chance(20) ? .after(duration()) : .immediately)
            return ThreadSpec(name: name, start: start, actions: list)
        }
        return scenario
    }

    /// 1–12 actions; locks properly nested; joins only on earlier threads that are not manual.
    private mutating func actions(threads: [String], manual: Set<String>) -> [Action] {
        var list: [Action] = []
        var held: [String] = []
        for _ in 0..<int(1...12) {
            switch int(0...9) {
            case 0, 1: list.append(.compute(duration()))
            case 2: list.append(.io(duration()))
            case 3: list.append(.sleep(duration()))
            case 4:
                let lock = ["L1", "L2"][int(0...1)]
                if !held.contains(lock) { list.append(.lock(lock)); held.append(lock) }
            case 5: if let lock = held.popLast() { list.append(.unlock(lock)) }
            case 6: list.append(.increment("count"))
            case 7: list.append(chance(50) ? .set("E") : .clear("E"))
            case 8: if chance(30) { list.append(.wait("E")) }
            default:
                if let target = threads.filter({ !manual.contains($0) }).randomElement(using: &random) { list.append(.join(target)) }
            }
        }
        while let lock = held.popLast() { list.append(.unlock(lock)) }
        return list
    }
}
