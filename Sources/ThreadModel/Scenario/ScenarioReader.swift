import TextKernel
import TutorBasics
import Yams

/// The YAML walk behind `ScenarioParser`: shapes and values, with a position for every problem.
/// Semantic checks that need the whole scenario live in `ScenarioChecker`.
struct ScenarioReader {
    let origin: SourceLocation
    let limits: ScenarioLimits
    /// Whether the challenge-only verbs are allowed (a ```challenge fence); elsewhere they are errors.
    let challenge: Bool
    var diagnostics: [Diagnostic] = []
    /// Where each expanded action came from, parallel to `scenario.threads[i].actions` / `tasks[i].actions`.
    var threadActionLocations: [[SourceLocation]] = []
    var taskActionLocations: [[SourceLocation]] = []
    var poolLocations: [SourceLocation] = []
    var predictLocation: SourceLocation?
    private var nodeVisits = 0
    private var actionCount = 0
    private var tick: Int64?
    private var overBudget = false

    static let topKeys = [
        "title", "cores", "slice", "policy", "gil", "model", "seed", "tick", "increment-cost", "counters", "predict",
        "threads", "pools", "tasks", "wakeup-preemption", "semaphores", "bounded-semaphores", "conditions", "queues", "barriers",
    ]

    init(origin: SourceLocation, limits: ScenarioLimits, challenge: Bool = false) {
        self.origin = origin
        self.limits = limits
        self.challenge = challenge
    }

    // MARK: Positions and problems

    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return origin }
        let column = mark.line == 1 ? origin.column + mark.column - 1 : mark.column
        return SourceLocation(path: origin.path, line: origin.line + mark.line - 1, column: column)
    }

    func location(of node: Node) -> SourceLocation { location(of: node.mark) }

    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    mutating func report(_ message: String, at node: Node) { report(message, at: location(of: node)) }

    /// Counts a node visit; false (with one diagnostic) once aliases have made the document too big.
    private mutating func visit(_ node: Node) -> Bool {
        nodeVisits += 1
        guard nodeVisits <= limits.maxNodeVisits else {
            if !overBudget { report("the scenario is too large (more than \(limits.maxNodeVisits) YAML nodes, counting aliases)", at: node) }
            overBudget = true
            return false
        }
        return true
    }

    // MARK: Document

    mutating func read(_ yaml: String) -> Scenario {
        do {
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                report("the scenario is empty: it needs at least `threads:`", at: origin)
                return Scenario()
            }
            return read(root: root)
        } catch {
            reportYAMLError(error)
            return Scenario()
        }
    }

    mutating func read(root: Node) -> Scenario {
        var scenario = Scenario()
        guard let mapping = root.mapping else {
            report("a scenario is a mapping of keys such as `cores:` and `threads:`", at: root)
            return scenario
        }
        // `tick` changes how every duration is read, so it comes first.
        if let tickNode = mapping["tick"] { tick = positiveDuration(tickNode, key: "tick", allowTicks: false) }
        scenario.tick = tick
        if let tick { scenario.incrementCost = tick }
        for (keyNode, value) in mapping {
            guard visit(keyNode), let key = keyNode.scalar?.string else { continue }
            readTopLevel(key: key, keyNode: keyNode, value: value, into: &scenario)
        }
        if mapping["threads"] == nil { report("the scenario has no `threads:`", at: root) }
        return scenario
    }

    private mutating func readTopLevel(key: String, keyNode: Node, value: Node, into scenario: inout Scenario) {
        switch key {
        case "title": scenario.title = scalar(value, key: key)
        case "cores":
            if let cores = integer(value, key: key) {
                if limits.cores.contains(cores) { scenario.cores = cores } else {
                    report("cores must be from \(limits.cores.lowerBound) to \(limits.cores.upperBound), not \(cores)", at: value)
                }
            }
        case "slice": if let slice = positiveDuration(value, key: key) { scenario.slice = slice }
        case "policy":
            guard let text = scalar(value, key: key) else { return }
            if let policy = PolicyKind(rawValue: text) { scenario.policy = policy } else {
                report("unknown policy '\(text)'; use round-robin or fifo" + Suggestion.hint(for: text, in: PolicyKind.allCases.map(\.rawValue)), at: value)
            }
        case "gil": scenario.gilSwitchInterval = gil(value)
        case "model": if let model = threadingModel(value) { scenario.model = model }
        case "wakeup-preemption":
            switch scalar(value, key: key) {
            case "true", "yes", "on": scenario.wakeupPreemption = true
            case "false", "no", "off": scenario.wakeupPreemption = false
            case let text?: report("`wakeup-preemption` is true or false, not '\(text)'", at: value)
            case nil: break
            }
        case "seed":
            if let seed = integer(value, key: key) {
                if seed >= 0 { scenario.seed = UInt64(seed) } else { report("seed must not be negative", at: value) }
            }
        case "tick": break
        case "increment-cost": if let cost = positiveDuration(value, key: key) { scenario.incrementCost = cost }
        case "counters": scenario.counters = counters(value)
        case "semaphores", "bounded-semaphores":
            for (name, start) in numbers(value, key: key, example: "{S: 2}", minimum: 0) {
                scenario.semaphores[name] = SemaphoreSpec(value: start, bounded: key == "bounded-semaphores")
            }
        case "queues": scenario.queues.merge(numbers(value, key: key, example: "{q: 2}", minimum: 0)) { $1 }
        case "barriers": scenario.barriers.merge(numbers(value, key: key, example: "{B: 3}", minimum: 1)) { $1 }
        case "conditions": scenario.conditions = conditions(value)
        case "predict": scenario.predict = prediction(value)
        case "threads": scenario.threads = list(value, key: key) { $0.thread($1) }
        case "pools": scenario.pools = list(value, key: key) { $0.pool($1) }
        case "tasks": scenario.tasks = list(value, key: key) { $0.tasks($1) }.flatMap { $0 }
        default:
            report("unknown key '\(key)'" + Suggestion.hint(for: key, in: Self.topKeys), at: keyNode)
        }
    }

    private mutating func reportYAMLError(_ error: any Error) {
        guard let yamlError = error as? YamlError else {
            report("cannot read the YAML: \(error)", at: origin)
            return
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            report("YAML: \(problem)", at: location(of: mark))
        default:
            report("YAML: \(yamlError)", at: origin)
        }
    }

    // MARK: Values

    mutating func scalar(_ node: Node, key: String) -> String? {
        guard visit(node) else { return nil }
        guard let text = node.scalar?.string else {
            report("`\(key)` takes a single value", at: node)
            return nil
        }
        return text
    }

    mutating func integer(_ node: Node, key: String) -> Int? {
        guard let text = scalar(node, key: key) else { return nil }
        guard let value = Int(text) else {
            report("`\(key)` must be a whole number, not '\(text)'", at: node)
            return nil
        }
        return value
    }

    /// A duration in microseconds; `allowTicks` is false for `tick` itself, which always has a unit.
    mutating func positiveDuration(_ node: Node, key: String, allowTicks: Bool = true) -> Int64? {
        guard let text = scalar(node, key: key) else { return nil }
        switch DurationParser.parse(text, tick: allowTicks ? tick : nil) {
        case .success(let micros) where micros > 0: return micros
        case .success: report("`\(key)` must be longer than zero", at: node)
        case .failure(let problem): report(problem.message, at: node)
        }
        return nil
    }

    private mutating func gil(_ node: Node) -> Int64? {
        if let text = node.scalar?.string {
            switch text {
            case "true", "yes", "on": return 5_000
            case "false", "no", "off": return nil
            default:
                report("`gil` is true, false or {switch-interval: 5ms}, not '\(text)'", at: node)
                return nil
            }
        }
        guard let mapping = node.mapping else {
            report("`gil` is true, false or {switch-interval: 5ms}", at: node)
            return nil
        }
        var interval: Int64 = 5_000
        for (key, value) in mapping {
            if key.scalar?.string == "switch-interval" {
                interval = positiveDuration(value, key: "switch-interval") ?? interval
            } else {
                report("unknown key '\(key.scalar?.string ?? "?")' in `gil`; only switch-interval", at: key)
            }
        }
        return interval
    }

    private mutating func threadingModel(_ node: Node) -> ThreadingModel? {
        guard let text = scalar(node, key: "model") else { return nil }
        switch text {
        case "one-to-one": return .oneToOne
        case "many-to-one": return .manyToOne
        default:
            if text.hasPrefix("many-to-many:"), let count = Int(text.dropFirst("many-to-many:".count)), count >= 1 {
                return .manyToMany(count)
            }
            let hint = Suggestion.hint(for: text, in: ["one-to-one", "many-to-one", "many-to-many:2"])
            report("unknown model '\(text)'; use one-to-one, many-to-one or many-to-many:K (K ≥ 1)" + hint, at: node)
            return nil
        }
    }

    private mutating func counters(_ node: Node) -> [String: Int] {
        guard let mapping = node.mapping else {
            report("`counters` maps counter names to starting values, like {count: 0}", at: node)
            return [:]
        }
        var values: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = scalar(key, key: "counters"), let start = integer(value, key: name) else { continue }
            values[name] = start
        }
        return values
    }

    /// A mapping of names to whole numbers of at least `minimum` (semaphore values, capacities, parties).
    private mutating func numbers(_ node: Node, key: String, example: String, minimum: Int) -> [String: Int] {
        guard let mapping = node.mapping else {
            report("`\(key)` maps names to numbers, like \(example)", at: node)
            return [:]
        }
        var values: [String: Int] = [:]
        for (nameNode, valueNode) in mapping {
            guard let name = scalar(nameNode, key: key), let number = integer(valueNode, key: name) else { continue }
            if number < minimum {
                report("\(key): \(name) must be at least \(minimum), not \(number)", at: valueNode)
                continue
            }
            values[name] = number
        }
        return values
    }

    /// `conditions: {C: L}`: each condition is bound to a lock, as `Condition(L)`.
    private mutating func conditions(_ node: Node) -> [String: String] {
        guard let mapping = node.mapping else {
            report("`conditions` maps each condition to its lock, like {ready: L}", at: node)
            return [:]
        }
        var locks: [String: String] = [:]
        for (nameNode, lockNode) in mapping {
            guard let name = scalar(nameNode, key: "conditions"), let lock = scalar(lockNode, key: name) else { continue }
            locks[name] = lock
        }
        return locks
    }

    private mutating func prediction(_ node: Node) -> Prediction {
        predictLocation = location(of: node)
        if node.scalar?.string == "all" { return .all }
        guard let sequence = node.sequence else {
            report("`predict` is `all` or a list of thread names", at: node)
            return .none
        }
        return .threads(sequence.compactMap { scalar($0, key: "predict") })
    }

    /// A YAML sequence whose items `item` turns into values (nil items are skipped after a report).
    private mutating func list<T>(_ node: Node, key: String, item: (inout ScenarioReader, Node) -> T?) -> [T] {
        guard visit(node), let sequence = node.sequence else {
            report("`\(key)` is a list (each item starts with `- `)", at: node)
            return []
        }
        var values: [T] = []
        for element in sequence where visit(element) {
            if let value = item(&self, element) { values.append(value) }
        }
        return values
    }

    /// The keys of a mapping item, reporting unknown ones.
    private mutating func fields(_ node: Node, what: String, allowed: [String]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            report("each \(what) is a mapping such as {name: …, run: […]}", at: node)
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let text = key.scalar?.string ?? "?"
                report("unknown key '\(text)' in a \(what)" + Suggestion.hint(for: text, in: allowed), at: key)
                continue
            }
            fields[name] = value
        }
        return fields
    }

    private mutating func name(_ fields: [String: Node], of node: Node, what: String) -> String? {
        guard let nameNode = fields["name"] else {
            report("this \(what) has no `name`", at: node)
            return nil
        }
        guard let name = scalar(nameNode, key: "name") else { return nil }
        if name.isEmpty || name.contains(where: \.isWhitespace) {
            report("a \(what) name is one word without spaces, not '\(name)'", at: nameNode)
            return nil
        }
        return name
    }

    // MARK: Threads, pools, tasks

    private mutating func thread(_ node: Node) -> ThreadSpec? {
        guard let fields = fields(node, what: "thread", allowed: ["name", "start", "code", "run"]),
              let name = name(fields, of: node, what: "thread") else { return nil }
        var start = StartMode.immediately
        if let startNode = fields["start"], let text = scalar(startNode, key: "start") {
            if text == "manual" { start = .manual } else {
                switch DurationParser.parse(text, tick: tick) {
                case .success(let micros): start = micros == 0 ? .immediately : .after(micros)
                case .failure(let problem): report("`start` is manual or a delay like 5ms: " + problem.message, at: startNode)
                }
            }
        }
        let code = fields["code"].map { self.code($0) } ?? []
        var locations: [SourceLocation] = []
        var lines: [Int?] = []
        let codeLines = fields["code"] == nil ? nil : code.count
        let actions = fields["run"].map { run($0, codeLines: codeLines, locations: &locations, lines: &lines) } ?? []
        if fields["run"] == nil { report("thread \(name) has no `run` list", at: node) }
        threadActionLocations.append(locations)
        var spec = ThreadSpec(name: name, start: start, actions: actions, location: location(of: node))
        spec.code = code
        spec.actionLines = lines.contains { $0 != nil } ? lines : []
        return spec
    }

    /// `code:`, a block string (one Python line per line) or a list of lines; trailing blank lines dropped.
    private mutating func code(_ node: Node) -> [String] {
        guard visit(node) else { return [] }
        var lines: [String]
        if let text = node.scalar?.string {
            lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        } else if let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) {
            lines = sequence.compactMap { $0.scalar?.string }
        } else {
            report("`code` is the thread's Python source, a block string like `code: |` followed by its lines", at: node)
            return []
        }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.map(TextSanitizer.cleanCode)
    }

    private mutating func pool(_ node: Node) -> PoolSpec? {
        guard let fields = fields(node, what: "pool", allowed: ["name", "workers"]),
              let name = name(fields, of: node, what: "pool") else { return nil }
        var workers = 1
        if let workersNode = fields["workers"], let count = integer(workersNode, key: "workers") {
            if (1...limits.maxWorkersPerPool).contains(count) { workers = count } else {
                report("a pool has 1 to \(limits.maxWorkersPerPool) workers, not \(count)", at: workersNode)
            }
        }
        poolLocations.append(location(of: node))
        return PoolSpec(name: name, workers: workers)
    }

    /// One task, or `count` tasks NAME1…NAMEN sharing the group NAME.
    private mutating func tasks(_ node: Node) -> [TaskSpec]? {
        guard let fields = fields(node, what: "task", allowed: ["name", "count", "run"]),
              let name = name(fields, of: node, what: "task") else { return nil }
        var locations: [SourceLocation] = []
        var lines: [Int?] = []
        let actions = fields["run"].map { run($0, codeLines: nil, locations: &locations, lines: &lines) } ?? []
        if fields["run"] == nil { report("task \(name) has no `run` list", at: node) }
        guard let countNode = fields["count"] else {
            taskActionLocations.append(locations)
            return [TaskSpec(name: name, actions: actions)]
        }
        guard let count = integer(countNode, key: "count") else { return nil }
        guard count >= 1, actionCount + actions.count * (count - 1) <= limits.maxActions else {
            report("`count` must be from 1 up to what the \(limits.maxActions)-action limit allows, not \(count)", at: countNode)
            return nil
        }
        actionCount += actions.count * (count - 1)
        taskActionLocations += Array(repeating: locations, count: count)
        return (1...count).map { TaskSpec(name: "\(name)\($0)", group: name, actions: actions) }
    }

    // MARK: Actions

    /// A `run` list, with `{repeat: N, run: […]}` expanded, where each action came from, and the source line
    /// (0-based) each one's `@N` names; `codeLines` is the length of the thread's `code`, nil without one.
    private mutating func run(_ node: Node, codeLines: Int?, locations: inout [SourceLocation], lines: inout [Int?]) -> [Action] {
        guard visit(node), let sequence = node.sequence else {
            report("`run` is a list of actions like [compute 30ms, io 50ms]", at: node)
            return []
        }
        var actions: [Action] = []
        for element in sequence where visit(element) {
            if let written = element.scalar?.string {
                let (text, line) = sourceLine(written, codeLines: codeLines, at: element)
                guard let action = action(text, at: element) else { continue }
                guard countActions(1, at: element) else { return actions }
                actions.append(action)
                locations.append(location(of: element))
                lines.append(line)
            } else if element.mapping != nil {
                guard let (body, bodyLocations, bodyLines, times) = repeated(element, codeLines: codeLines) else { continue }
                guard countActions(body.count * (times - 1), at: element) else { return actions }
                for _ in 0..<times {
                    actions += body
                    locations += bodyLocations
                    lines += bodyLines
                }
            } else {
                report("an action is a string like `compute 30ms` or a {repeat: N, run: […]}", at: element)
            }
        }
        return actions
    }

    /// Adds `count` expanded actions to the running total; false (reported once) past the limit.
    private mutating func countActions(_ count: Int, at node: Node) -> Bool {
        actionCount += count
        guard actionCount <= limits.maxActions else {
            if !overBudget { report("more than \(limits.maxActions) actions after expanding repeats and counts", at: node) }
            overBudget = true
            return false
        }
        return true
    }

    /// An action's text without its trailing `@N`, and N as a 0-based index into the thread's code (nil when
    /// there is none or it is wrong, after a report).
    private mutating func sourceLine(_ written: String, codeLines: Int?, at node: Node) -> (String, Int?) {
        let words = written.split(whereSeparator: \.isWhitespace)
        guard words.count > 1, let last = words.last, last.hasPrefix("@") else { return (written, nil) }
        var text = written[..<last.startIndex]
        while text.last?.isWhitespace == true { text.removeLast() }
        guard let number = Int(last.dropFirst()) else {
            report("`\(last)` is not a source line: write `@N` with N a line of the thread's `code`, like `@2`", at: node)
            return (String(text), nil)
        }
        guard let codeLines else {
            report("`\(last)` points into a thread's `code:`, and there is none here", at: node)
            return (String(text), nil)
        }
        guard number >= 1 else {
            report("`\(last)`: source lines count from 1", at: node)
            return (String(text), nil)
        }
        guard number <= codeLines else {
            report("`\(last)` is past the end of the thread's `code`, which has \(codeLines) line\(codeLines == 1 ? "" : "s")", at: node)
            return (String(text), nil)
        }
        return (String(text), number - 1)
    }

    private mutating func repeated(_ node: Node, codeLines: Int?) -> ([Action], [SourceLocation], [Int?], Int)? {
        guard let fields = fields(node, what: "repeat", allowed: ["repeat", "run"]) else { return nil }
        guard let timesNode = fields["repeat"], let times = integer(timesNode, key: "repeat") else {
            report("a repeat needs `repeat: N`", at: node)
            return nil
        }
        guard times >= 1, times <= limits.maxActions else {
            report("`repeat` must be from 1 to \(limits.maxActions), not \(times)", at: timesNode)
            return nil
        }
        guard let runNode = fields["run"] else {
            report("a repeat needs `run: [...]`", at: node)
            return nil
        }
        var locations: [SourceLocation] = []
        var lines: [Int?] = []
        let body = run(runNode, codeLines: codeLines, locations: &locations, lines: &lines)
        return (body, locations, lines, times)
    }

    private mutating func action(_ text: String, at node: Node) -> Action? {
        switch ActionParser.parse(text, tick: tick, challenge: challenge) {
        case .success(let action): return action
        case .failure(let problem):
            report(problem.message, at: node)
            return nil
        }
    }
}
