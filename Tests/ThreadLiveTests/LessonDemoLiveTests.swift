import Foundation
import Testing
import ThreadModel
import TutorBasics
@testable import ThreadLive

/// Every ```demo block of the shipped course also runs live: sped up so each takes about 20 ms of real time,
/// it ends (finished or deadlocked, never deadlocked where the simulator finishes) and its timeline passes
/// the Validator.
@Suite(.serialized) struct LessonDemoLiveTests {
    struct Demo: CustomStringConvertible, Sendable {
        var yaml: String
        var origin: TutorBasics.SourceLocation
        var description: String { origin.description }
    }

    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    /// The demo fences of every English lesson (the Korean course is checked to have the same demos).
    static func demos() -> [Demo] {
        let folder = lessonsFolder.appendingPathComponent("en")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        return files.flatMap { file -> [Demo] in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return [] }
            let lines = text.components(separatedBy: "\n")
            var demos: [Demo] = []
            var index = 0
            while index < lines.count {
                if lines[index].trimmingCharacters(in: .whitespaces) == "```demo" {
                    var end = index + 1
                    while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
                    let origin = TutorBasics.SourceLocation(path: "Lessons/en/" + file, line: index + 2, column: 1)
                    demos.append(Demo(yaml: lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n"), origin: origin))
                    index = end
                }
                index += 1
            }
            return demos
        }
    }

    @Test func theCourseHasDemosToRunLive() {
        #expect(Self.demos().count >= 10)
    }

    @Test(arguments: demos())
    func demoRunsLiveAndValidates(_ demo: Demo) throws {
        let scenario = try ScenarioParser.parse(demo.yaml, origin: demo.origin)
        let simulation = Simulator.run(scenario)
        let scale = min(1, 20_000 / Double(max(simulation.makespan, 1)))
        let run = LiveRun(scenario: scenario, timeScale: scale)
        #expect(run.start())
        let ended = run.waitUntilFinished(timeout: .seconds(30))
        run.stop()
        #expect(ended, "\(demo)")
        #expect(run.outcome == .finished || run.outcome == .deadlocked, "\(demo)")
        let timeline = run.timeline()
        let issues = Validator.validate(timeline, scenario: scenario).map(\.description)
        #expect(issues == [], "\(demo)")
        // A deadlock that depends on timing may not happen live, but one the simulator never sees must not either.
        if simulation.deadlock == nil { #expect(run.outcome == .finished, "\(demo)") }
    }
}
