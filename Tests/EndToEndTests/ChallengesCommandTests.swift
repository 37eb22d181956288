import Foundation
import Testing

/// `threadtutor challenges`: every challenge of a course with its goal and the saved result, as text or JSON,
/// in the --lang language; its errors follow --lang too.
@Suite struct ChallengesCommandTests {
    static let lesson = """
        ---
        title: The lost update
        chapter: 1
        ---
        # The lost update

        ```challenge
        goal: {counter: count, equals: 1}
        story: Make it end at 1.
        counters: {count: 0}
        threads:
          - {name: A, run: [increment count]}
          - {name: B, run: [increment count]}
        ```

        ---

        # Deadlock

        ```challenge
        goal: deadlock
        threads:
          - {name: A, run: [lock L1, lock L2, unlock L2, unlock L1]}
          - {name: B, run: [lock L2, lock L1, unlock L1, unlock L2]}
        ```
        """

    /// A course folder and a state folder whose progress has the first challenge solved in 4 moves.
    private func setUp() throws -> (course: TemporaryFolder, state: TemporaryFolder) {
        let course = try TemporaryFolder()
        try course.write("01-lost-update.md", Self.lesson)
        let state = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: state.path + "/threadtutor", withIntermediateDirectories: true)
        try state.write("threadtutor/progress.json", """
            {"version": 1, "completed": [], "quizzes": {},
             "challenges": {"lost-update#1": {"solved": true, "bestMoves": 4}}}
            """)
        return (course, state)
    }

    @Test func textListsEachChallengeWithItsGoalAndResult() throws {
        let (course, state) = try setUp()
        let result = try BuiltBinary.run(["challenges", "--lessons", course.path, "--lang", "en"],
                                         environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            1.1  lost-update  challenge 1: solved in 4 moves
                 Goal: every thread finishes and count ends at 1
            1.1  lost-update  challenge 2: not solved yet
                 Goal: a deadlock: no thread can move, and not all of them are done

            1 of 2 challenges solved

            """)
    }

    @Test func koreanText() throws {
        let (course, state) = try setUp()
        let result = try BuiltBinary.run(["challenges", "--lessons", course.path, "--lang", "ko"],
                                         environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1.1  lost-update  도전 1: 4수 만에 해결\n     목표: 모든 스레드가 끝나고 count 값이 1\n"))
        #expect(result.stdout.hasSuffix("\n도전 2개 중 1개 해결\n"))
    }

    @Test func jsonForTools() throws {
        let (course, state) = try setUp()
        let result = try BuiltBinary.run(["challenges", "--lessons", course.path, "--format", "json"],
                                         environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["solved"] as? Int == 1)
        #expect(document["total"] as? Int == 2)
        let challenges = try #require(document["challenges"] as? [[String: Any]])
        #expect(challenges.count == 2)
        #expect(challenges[0]["lesson"] as? String == "lost-update")
        #expect(challenges[0]["number"] as? String == "1.1")
        #expect(challenges[0]["challenge"] as? Int == 1)
        #expect(challenges[0]["solved"] as? Bool == true)
        #expect(challenges[0]["moves"] as? Int == 4)
        #expect(challenges[0]["goal"] as? String == "every thread finishes and count ends at 1")
        #expect(challenges[1]["solved"] as? Bool == false)
        #expect(challenges[1]["moves"] is NSNull)
    }

    @Test func noProgressFileMeansNothingSolvedAndACourseWithoutChallengesSaysSo() throws {
        let (course, _) = try setUp()
        let empty = try TemporaryFolder()
        let fresh = try BuiltBinary.run(["challenges", "--lessons", course.path], environment: ["XDG_STATE_HOME": empty.path])
        #expect(fresh.status == 0)
        #expect(fresh.stdout.hasSuffix("\n0 of 2 challenges solved\n"))
        let plain = try TemporaryFolder()
        try plain.write("01-a.md", "---\ntitle: A\nchapter: 1\n---\n# A\n\nNo challenge here.\n")
        let none = try BuiltBinary.run(["challenges", "--lessons", plain.path, "--lang", "ko"], environment: ["XDG_STATE_HOME": empty.path])
        #expect(none.status == 0)
        #expect(none.stdout == "이 코스에는 도전이 없습니다.\n")
    }

    @Test func errorsFollowTheLanguageAndHelpExplains() throws {
        let missing = try BuiltBinary.run(["challenges", "--lessons", "/nonexistent/course", "--lang", "ko"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "threadtutor: 코스 폴더가 없습니다: /nonexistent/course\n")
        let badFormat = try BuiltBinary.run(["challenges", "--format", "xml"])
        #expect(badFormat.status == 64)
        let help = try BuiltBinary.run(["challenges", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("scheduler's seat"))
        #expect(help.stdout.contains("--format"))
        #expect(help.stdout.contains("progress.json"))
    }

    @Test func aBrokenChallengeIsListedAsBroken() throws {
        let course = try TemporaryFolder()
        try course.write("01-bad.md", "---\ntitle: Bad\nchapter: 1\n---\n# Bad\n\n```challenge\ngoal: livelock\nthreads:\n  - {name: A, run: [compute 1ms]}\n```\n")
        let empty = try TemporaryFolder()
        let result = try BuiltBinary.run(["challenges", "--lessons", course.path], environment: ["XDG_STATE_HOME": empty.path])
        #expect(result.status == 0)
        #expect(result.stdout == "1.1  bad  challenge 1: broken: see 'threadtutor check'\n\n0 of 1 challenges solved\n")
    }
}
