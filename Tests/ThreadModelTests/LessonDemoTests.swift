import Foundation
import Testing
import TutorBasics
@testable import ThreadModel

/// Every ```demo block in the course parses, simulates and passes the validator — in both languages.
@Suite struct LessonDemoTests {
    struct Demo: CustomStringConvertible, Sendable {
        var yaml: String
        var origin: TutorBasics.SourceLocation
        var description: String { origin.description }
    }

    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    /// The demo fences of every lesson file (a plain scan: the fence syntax is LessonKit's business).
    static func demos() -> [Demo] {
        let files = (FileManager.default.enumerator(atPath: lessonsFolder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        return files.flatMap { file -> [Demo] in
            guard let text = try? String(contentsOf: lessonsFolder.appendingPathComponent(file), encoding: .utf8) else { return [] }
            let lines = text.components(separatedBy: "\n")
            var demos: [Demo] = []
            var index = 0
            while index < lines.count {
                if lines[index].trimmingCharacters(in: .whitespaces) == "```demo" {
                    let start = index + 1
                    var end = start
                    while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
                    let origin = TutorBasics.SourceLocation(path: "Lessons/" + file, line: start + 1, column: 1)
                    demos.append(Demo(yaml: lines[start..<min(end, lines.count)].joined(separator: "\n"), origin: origin))
                    index = end
                }
                index += 1
            }
            return demos
        }
    }

    @Test func theCourseHasDemos() {
        #expect(Self.demos().count >= 10)
    }

    @Test(arguments: demos())
    func demoParsesSimulatesAndValidates(_ demo: Demo) throws {
        let scenario = try ScenarioParser.parse(demo.yaml, origin: demo.origin)
        let timeline = Simulator.run(scenario)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty, "\(demo)")
        #expect(timeline.endTime != nil)
    }
}
