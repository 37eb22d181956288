import Foundation
import Testing
import ThreadModel
import TutorBasics
@testable import LessonKit

/// The challenges written out in docs/lesson-format.md parse, and the worked example solves as the text says.
@Suite struct ChallengeDocumentationTests {
    static func fences() throws -> [String] {
        let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/lesson-format.md")
        let lines = try String(contentsOf: document, encoding: .utf8).components(separatedBy: "\n")
        var fences: [String] = []
        var index = 0
        while index < lines.count {
            if lines[index] == "```challenge" {
                var end = index + 1
                while end < lines.count, lines[end] != "```" { end += 1 }
                fences.append(lines[(index + 1)..<end].joined(separator: "\n"))
                index = end
            }
            index += 1
        }
        return fences
    }

    @Test func theDocumentedChallengesParseAndTheFlagLockIsSolvedInFourMoves() throws {
        let fences = try Self.fences()
        #expect(fences.count == 2)
        let challenges = try fences.map { try ChallengeSyntaxTests.challenge($0) }
        let flag = try #require(challenges.last)
        #expect(flag.goal == .criticalSection("cs"))
        var report = ChallengeCheckReport()
        ChallengeCheck.check(flag, into: &report)
        #expect(report.problems.isEmpty && report.warnings.isEmpty)
        #expect(report.notes.map(\.message) == ["note: challenge solved in 4 moves: A B A B"])
    }
}
