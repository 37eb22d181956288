import Foundation
import ThreadModel
import TutorBasics

/// A standalone scenario `.yaml` file, read with the same limits as lessons.
enum ScenarioFile {
    static func load(_ path: String) throws -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage(.cannotReadScenario(path: path))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure.badFile(Diagnostic("the file is not UTF-8 text",
                                                    at: SourceLocation(path: path, line: 1, column: 1)))
        }
        do {
            return try ScenarioParser.parse(text, origin: SourceLocation(path: path, line: 1, column: 1))
        } catch {
            throw CommandFailure.badInput(.scenarioProblems(problems: "\(error)"))
        }
    }
}
