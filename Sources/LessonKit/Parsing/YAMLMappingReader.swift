import TextKernel
import TutorBasics
import Yams

/// Reads typed values out of a YAML mapping, collecting a diagnostic for every value of the wrong kind.
struct YAMLMappingReader {
    let mapping: Node.Mapping
    let yaml: EmbeddedYAML
    private(set) var diagnostics: [Diagnostic] = []

    init(mapping: Node.Mapping, yaml: EmbeddedYAML) {
        self.mapping = mapping
        self.yaml = yaml
    }

    /// The value under `key`, or nil when it is missing or written as null (`key:` or `key: ~`).
    func node(_ key: String) -> Node? {
        guard let node = mapping[key], node.null == nil else { return nil }
        return node
    }

    /// Where the value of `key` is, else where its key is, else where the mapping starts.
    func location(of key: String) -> SourceLocation {
        if let value = mapping[key]?.mark { return yaml.location(of: value) }
        return yaml.location(of: mapping.mark)
    }

    mutating func string(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(Diagnostic("'\(key)' in \(yaml.what) must be text, not \(yaml.kind(of: node))",
                                          at: yaml.location(of: node.mark)))
            return nil
        }
        return TextSanitizer.clean(scalar.string)
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = node(key) else { return nil }
        guard let value = node.scalar.flatMap({ Int($0.string.trimmingSpaces) }), range.contains(value) else {
            diagnostics.append(Diagnostic(
                "'\(key)' in \(yaml.what) must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                at: yaml.location(of: node.mark)))
            return nil
        }
        return value
    }

    /// A list of texts: `[a, b]` or one `- item` per line.
    mutating func strings(_ key: String) -> [String]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else {
            diagnostics.append(Diagnostic("'\(key)' in \(yaml.what) must be a list, like [a, b]",
                                          at: yaml.location(of: node.mark)))
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.append(Diagnostic("each of '\(key)' in \(yaml.what) must be text, not \(yaml.kind(of: item))",
                                              at: yaml.location(of: item.mark)))
                return nil
            }
            values.append(TextSanitizer.clean(scalar.string))
        }
        return values
    }

    /// A diagnostic for each key that is not in `known`; for formats we own, where a typo must not pass silently.
    mutating func rejectUnknownKeys(_ known: Set<String>) {
        for key in mapping.keys {
            let name = key.string ?? "?"
            guard !known.contains(name) else { continue }
            let hint = known.sorted().joined(separator: ", ")
            diagnostics.append(Diagnostic("unknown key '\(TextSanitizer.clean(name))' in \(yaml.what) (known keys: \(hint))",
                                          at: yaml.location(of: key.mark)))
        }
    }

    mutating func report(_ message: String, at key: String) {
        diagnostics.append(Diagnostic(message, at: location(of: key)))
    }
}
