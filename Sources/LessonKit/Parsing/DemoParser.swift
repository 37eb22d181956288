import ThreadModel
import TutorBasics
import Yams

/// Reads a ```demo fence into a scenario with ThreadModel's parser, at load time, so that every mistake in a
/// demo is reported with the lesson (`path:line:col`) before a learner ever presses play.
enum DemoParser {
    static func parse(_ yaml: EmbeddedYAML) -> (DemoSpec, [Diagnostic]) {
        var demo = DemoSpec(source: yaml.text, location: yaml.origin)
        switch yaml.composeMapping() {
        case .success(let mapping) where mapping.isEmpty:
            return (demo, [Diagnostic("demo is empty: give it at least 'threads:'", at: yaml.origin)])
        case .failure(let diagnostic):
            return (demo, [diagnostic])
        case .success(let mapping):
            demo.writesGIL = mapping["gil"] != nil
            do throws(DiagnosticList) {
                demo.scenario = try ScenarioParser.parse(root: .mapping(mapping), origin: yaml.origin)
                return (demo, [])
            } catch {
                return (demo, error.diagnostics)
            }
        }
    }
}
