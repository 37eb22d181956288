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
            case .failure(let problem): diagnostics.append(Diagnostic(problem.message, at: yaml.location(of: node.mark)))
            }
        } else {
            diagnostics.append(Diagnostic("challenge has no 'goal' (like {counter: c, equals: 1} or deadlock)",
                                          at: reader.location(of: "goal")))
        }
        if rest.isEmpty {
            diagnostics.append(Diagnostic("challenge has no scenario: give it at least 'threads:'", at: yaml.origin))
        } else {
            do throws(DiagnosticList) {
                challenge.scenario = try ScenarioParser.parse(root: .mapping(rest), origin: yaml.origin)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if case .counter(let name, _) = challenge.goal, let scenario = challenge.scenario,
           !Program(compiling: scenario).counters.contains(name) {
            diagnostics.append(Diagnostic("the goal's counter '\(name)' is not a counter of the challenge's threads",
                                          at: reader.location(of: "goal")))
        }
        if !diagnostics.isEmpty { challenge.goal = nil }
        return (challenge, diagnostics)
    }

    /// The pairs whose key passes `keep`, keeping the mapping's position for messages.
    static func part(of mapping: Node.Mapping, _ keep: (String) -> Bool) -> Node.Mapping {
        let pairs = mapping.filter { keep($0.key.string ?? "") }.map { ($0.key, $0.value) }
        return Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
    }

    /// `deadlock`, or `{counter: NAME, equals: N}`; the error is a sentence for the author.
    static func goal(_ node: Node) -> Result<ChallengeGoal, GoalProblem> {
        let known = "a goal is `deadlock` or `{counter: NAME, equals: N}`"
        if let text = node.scalar?.string.trimmingSpaces {
            return text == "deadlock" ? .success(.deadlock) : .failure(GoalProblem("unknown goal '\(text)': \(known)"))
        }
        guard let mapping = node.mapping else { return .failure(GoalProblem(known)) }
        let names = Set(mapping.keys.compactMap(\.string))
        guard names == ["counter", "equals"], let counter = mapping["counter"]?.scalar?.string.trimmingSpaces,
              !counter.isEmpty else {
            return .failure(GoalProblem(known))
        }
        guard let value = mapping["equals"]?.scalar.flatMap({ Int($0.string.trimmingSpaces) }) else {
            return .failure(GoalProblem("the goal's 'equals' must be a whole number"))
        }
        return .success(.counter(counter, equals: value))
    }
}
