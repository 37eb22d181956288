import TutorBasics
import Yams

/// Reads a ```demo fence. The scenario language belongs to ThreadModel; here the YAML is checked to be a
/// well-formed mapping so that syntax errors are reported with the lesson, at their line in the file.
enum DemoParser {
    static func parse(_ yaml: EmbeddedYAML) -> (DemoSpec, [Diagnostic]) {
        let demo = DemoSpec(source: yaml.text, location: yaml.origin)
        switch yaml.composeMapping() {
        case .success(let mapping) where mapping.isEmpty:
            return (demo, [Diagnostic("demo is empty: give it at least 'threads:'", at: yaml.origin)])
        case .success:
            return (demo, [])
        case .failure(let diagnostic):
            return (demo, [diagnostic])
        }
    }
}
