import Foundation
import Testing
import TutorBasics
@testable import ThreadModel

/// Every complete scenario in docs/scenario-language.md (a ```yaml block with `threads:`) parses, simulates
/// and validates, so the documentation cannot drift from the parser.
@Suite struct DocumentationExampleTests {
    struct Example: CustomStringConvertible, Sendable {
        var yaml: String
        var origin: TutorBasics.SourceLocation
        var description: String { origin.description }
    }

    static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/scenario-language.md")

    static func examples() -> [Example] {
        guard let text = try? String(contentsOf: document, encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            if lines[index] == "```yaml" {
                var end = index + 1
                while end < lines.count, lines[end] != "```" { end += 1 }
                let yaml = lines[(index + 1)..<end].joined(separator: "\n")
                if yaml.contains("threads:") {
                    examples.append(.init(yaml: yaml, origin: .init(path: "docs/scenario-language.md", line: index + 2, column: 1)))
                }
                index = end
            }
            index += 1
        }
        return examples
    }

    @Test func theDocumentHasExamples() { #expect(Self.examples().count >= 7) }

    @Test(arguments: examples())
    func exampleParsesSimulatesAndValidates(_ example: Example) throws {
        let scenario = try ScenarioParser.parse(example.yaml, origin: example.origin)
        let timeline = Simulator.run(scenario)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty, "\(example)")
    }
}
