import TutorBasics
import Yams

/// Reads the scenario language (see docs/scenario-language.md) into a `Scenario`, reporting every problem it
/// finds as `path:line:col: message`, with positions relative to the file that holds the YAML.
public enum ScenarioParser {
    /// - Parameter origin: where the YAML's first line sits in its file (line 1 column 1 for a `.yaml` file,
    ///   the line after the opening fence for a ```demo block).
    /// - Parameter challenge: a ```challenge's scenario, where the challenge-only verbs (`spin-while`, `pop`…)
    ///   are allowed; anywhere else they are errors.
    public static func parse(
        _ yaml: String, origin: SourceLocation, limits: ScenarioLimits = .files, challenge: Bool = false
    ) throws(DiagnosticList) -> Scenario {
        var reader = ScenarioReader(origin: origin, limits: limits, challenge: challenge)
        return try finish(reader.read(yaml), reader: &reader, limits: limits)
    }

    /// A scenario from YAML that was already composed (with Yams's `.basic` resolver, so that every scalar is
    /// text), for a caller that has read the document itself: a lesson's demo fence is composed once, not twice.
    public static func parse(
        root: Node, origin: SourceLocation, limits: ScenarioLimits = .files, challenge: Bool = false
    ) throws(DiagnosticList) -> Scenario {
        var reader = ScenarioReader(origin: origin, limits: limits, challenge: challenge)
        return try finish(reader.read(root: root), reader: &reader, limits: limits)
    }

    private static func finish(
        _ scenario: Scenario, reader: inout ScenarioReader, limits: ScenarioLimits
    ) throws(DiagnosticList) -> Scenario {
        if reader.diagnostics.isEmpty {
            ScenarioChecker.check(scenario, limits: limits, reader: &reader)
        }
        if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
        return scenario
    }
}
