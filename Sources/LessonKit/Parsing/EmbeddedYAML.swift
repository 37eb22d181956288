import TutorBasics
import Yams

/// YAML that sits inside a lesson file (front matter, a demo or quiz fence), with problems reported
/// at their place in that file rather than in the snippet.
struct EmbeddedYAML {
    let text: String
    /// Where line 1, column 1 of `text` is in the file. Every line of the snippet is shifted by the same
    /// number of columns (cmark strips a fence's indent from each of its lines).
    let origin: SourceLocation
    /// What the YAML is, for messages: "front matter", "quiz", "demo", "challenge".
    let what: String

    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return origin }
        return SourceLocation(path: origin.path, line: origin.line + mark.line - 1,
                              column: origin.column + mark.column - 1)
    }

    /// The root node (nil for an empty document) or the syntax error, placed in the file.
    /// Every scalar stays text (the `.basic` resolver): our readers convert values themselves, and Yams's
    /// default resolver runs regular expressions on every scalar and every key lookup. The encoding is given
    /// because Yams's default reads the whole process environment on each call.
    func compose() -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic("invalid YAML in \(what): \(error)", at: origin))
        }
    }

    /// The root as a mapping; an empty document is an empty mapping, anything else is a diagnostic.
    func composeMapping() -> Result<Node.Mapping, Diagnostic> {
        switch compose() {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(nil):
            return .success(Node.Mapping([]))
        case .success(let node?):
            if let mapping = node.mapping { return .success(mapping) }
            if node.null != nil { return .success(Node.Mapping([])) }
            return .failure(Diagnostic("\(what) must be a YAML mapping of `key: value` lines, not \(kind(of: node))",
                                       at: location(of: node.mark)))
        }
    }

    func kind(of node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            return Diagnostic("invalid YAML in \(what): \(problem)\(while_)", at: location(of: mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic("invalid YAML in \(what): duplicate key \(keys)", at: location(of: context.mark))
        case let .reader(problem, _, _, _):
            return Diagnostic("invalid YAML in \(what): \(problem)", at: origin)
        default:
            return Diagnostic("invalid YAML in \(what): \(error)", at: origin)
        }
    }
}
