import TextKernel
import ThreadModel
import TutorBasics
import Yams

/// Reads a ```challenge fence: its own keys (goal, story, hints, explain), and the rest as a scenario through
/// ThreadModel's parser, so a challenge's threads are written exactly like a demo's.
enum ChallengeParser {
    static let keys: Set<String> = ["goal", "story", "hints", "explain"]

    static func parse(_ yaml: EmbeddedYAML) -> (ChallengeSpec, [Diagnostic]) {
        var challenge = ChallengeSpec(source: yaml.text, location: yaml.origin)
        let mapping: Node.Mapping
        switch yaml.composeMapping() {
        case .success(let value): mapping = value
        case .failure(let diagnostic): return (challenge, [diagnostic])
        }
        let own = part(of: mapping) { keys.contains($0) }
        let rest = part(of: mapping) { !keys.contains($0) }
        var reader = YAMLMappingReader(mapping: own, yaml: yaml)
        challenge.story = reader.string("story")?.trimmingSpaces ?? ""
        challenge.hints = (reader.strings("hints") ?? []).map { $0.trimmingSpaces }
        challenge.explanation = reader.string("explain")?.trimmingSpaces ?? ""
        var diagnostics = reader.diagnostics
        if let node = reader.node("goal") {
            switch goal(node) {
            case .success(let goal): challenge.goal = goal
            case .failure(let problem):
                diagnostics.append(Diagnostic(problem.message, at: yaml.location(of: problem.mark ?? node.mark)))
            }
        } else {
            diagnostics.append(Diagnostic("challenge has no 'goal' (like {counter: c, equals: 1} or deadlock)",
                                          at: reader.location(of: "goal")))
        }
        if rest.isEmpty {
            diagnostics.append(Diagnostic("challenge has no scenario: give it at least 'threads:'", at: yaml.origin))
        } else {
            do throws(DiagnosticList) {
                challenge.scenario = try ScenarioParser.parse(root: .mapping(rest), origin: yaml.origin, challenge: true)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if let goal = challenge.goal, let scenario = challenge.scenario, let problem = unknownName(in: goal, scenario: scenario) {
            diagnostics.append(Diagnostic(problem, at: reader.location(of: "goal")))
        }
        if !diagnostics.isEmpty { challenge.goal = nil }
        return (challenge, diagnostics)
    }

    /// The pairs whose key passes `keep`, keeping the mapping's position for messages.
    static func part(of mapping: Node.Mapping, _ keep: (String) -> Bool) -> Node.Mapping {
        let pairs = mapping.filter { keep($0.key.string ?? "") }.map { ($0.key, $0.value) }
        return Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
    }

    static let knownGoals = "a goal is `deadlock`, `{counter: NAME, equals: N}`, `{critical-section: NAME}`, "
        + "`{starve: THREAD, moves: N}` or `{empty-pop: QUEUE}`"

    /// One of the five goals; the error is a sentence for the author.
    static func goal(_ node: Node) -> Result<ChallengeGoal, GoalProblem> {
        if let text = node.scalar?.string.trimmingSpaces {
            return text == "deadlock" ? .success(.deadlock) : .failure(GoalProblem("unknown goal '\(text)': \(knownGoals)"))
        }
        guard let mapping = node.mapping else { return .failure(GoalProblem(knownGoals)) }
        let keys = Set(mapping.keys.compactMap(\.string))
        func name(_ key: String) -> String? {
            mapping[key]?.scalar.map { TextSanitizer.clean($0.string).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        }
        switch keys {
        case ["counter", "equals"]:
            guard let counter = name("counter") else { return .failure(GoalProblem(knownGoals)) }
            guard let value = mapping["equals"]?.scalar.flatMap({ Int($0.string.trimmingSpaces) }) else {
                return .failure(GoalProblem("the goal's 'equals' must be a whole number"))
            }
            return .success(.counter(counter, equals: value))
        case ["critical-section"]:
            return name("critical-section").map { .success(.criticalSection($0)) } ?? .failure(GoalProblem(knownGoals))
        case ["empty-pop"]:
            return name("empty-pop").map { .success(.emptyPop($0)) } ?? .failure(GoalProblem(knownGoals))
        case ["starve", "moves"]:
            guard let thread = name("starve") else { return .failure(GoalProblem(knownGoals)) }
            guard let moves = mapping["moves"]?.scalar.flatMap({ Int($0.string.trimmingSpaces) }), moves >= 1 else {
                return .failure(GoalProblem("the goal's 'moves' must be a whole number of at least 1", at: mapping["moves"]))
            }
            return .success(.starve(thread, moves: moves))
        default:
            return .failure(GoalProblem(knownGoals))
        }
    }

    /// A name in the goal that the scenario does not have, as a sentence for the author.
    static func unknownName(in goal: ChallengeGoal, scenario: Scenario) -> String? {
        switch goal {
        case .counter(let name, _):
            guard !Program(compiling: scenario).counters.contains(name) else { return nil }
            return "the goal's counter '\(name)' is not a counter of the challenge's threads"
        case .deadlock:
            return nil
        case .criticalSection(let name):
            let program = Program(compiling: scenario)
            let entered = program.sections.firstIndex(of: name).map { id in
                program.threads.contains { $0.ops.contains(.enter(section: id)) }
            } ?? false
            return entered ? nil : "the goal's critical section '\(name)' is never entered: no thread runs `enter \(name)`"
        case .starve(let name, _):
            let names = scenario.threads.map(\.name)
            return names.contains(name) ? nil
                : "the goal's thread '\(name)' is not a thread of the challenge"
        case .emptyPop(let name):
            let names = scenario.queues.keys.sorted()
            return names.contains(name) ? nil
                : "the goal's queue '\(name)' is not a queue of the challenge (declare it in `queues:`)"
        }
    }
}
