import Foundation
import Testing
@testable import ProgressStore

@Suite struct ProgressStoreTests {
    /// A fresh state folder under the temp directory for each test.
    private func temporaryStore() throws -> ProgressStore {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("progress-tests-\(UUID().uuidString)").path
        return ProgressStore(directory: folder + "/threadtutor")
    }

    @Test func missingFileIsAFreshStart() throws {
        let store = try temporaryStore()
        let loaded = try store.load()
        #expect(loaded.progress == Progress())
        #expect(loaded.corruptFileMovedTo == nil)
    }

    @Test func recordWritesJSONAndLeavesNoTempFiles() throws {
        let store = try temporaryStore()
        try store.record([.position(LessonPosition(lesson: "lifecycle", step: 3)), .completed(lesson: "intro")])
        let reread = try store.load().progress
        #expect(reread.last == LessonPosition(lesson: "lifecycle", step: 3))
        #expect(reread.completed == ["intro"])
        let files = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
        #expect(files == ["progress.json", "progress.json.lock"])
        let text = try String(contentsOfFile: store.filePath, encoding: .utf8)
        #expect(text.contains("\"lesson\" : \"lifecycle\""))
    }

    @Test func twoCopiesMergeInsteadOfClobbering() throws {
        let first = try temporaryStore()
        let second = ProgressStore(directory: first.directory)
        try first.record([.completed(lesson: "intro"), .quizAnswer(id: "intro#2.1", correct: true)])
        try second.record([.completed(lesson: "pools"), .position(LessonPosition(lesson: "pools", step: 1))])
        try first.record([.quizAnswer(id: "pools#1.1", correct: false)])
        let merged = try first.load().progress
        #expect(merged.completed == ["intro", "pools"])
        #expect(merged.last == LessonPosition(lesson: "pools", step: 1))
        #expect(merged.quizzes["intro#2.1"] == QuizResult(attempts: 1, correct: true, firstTry: true))
        #expect(merged.quizzes["pools#1.1"] == QuizResult(attempts: 1, correct: false, firstTry: false))
    }

    /// Many writers at once (each with its own store, as two running copies would have): the lock makes
    /// every change survive.
    @Test func concurrentWritersLoseNothing() throws {
        let directory = try temporaryStore().directory
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            _ = try? ProgressStore(directory: directory).record([.completed(lesson: "lesson-\(index)")])
        }
        let completed = try ProgressStore(directory: directory).load().progress.completed
        #expect(completed.count == 40)
        #expect(Set(completed) == Set((0..<40).map { "lesson-\($0)" }))
    }

    @Test func corruptFileIsKeptAsideAndReported() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.filePath))
        let loaded = try store.load()
        #expect(loaded.progress == Progress())
        let aside = try #require(loaded.corruptFileMovedTo)
        #expect(aside.hasPrefix(store.filePath + ".corrupt-"))
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == "{ not json")
        #expect(!FileManager.default.fileExists(atPath: store.filePath))
        try store.record([.completed(lesson: "intro")])
        #expect(try store.load().progress.completed == ["intro"])
    }

    @Test func resetForgetsEverything() throws {
        let store = try temporaryStore()
        try store.record([.completed(lesson: "intro")])
        try store.reset()
        #expect(try store.load().progress == Progress())
        try store.reset()
    }

    @Test func quizResultKeepsTheFirstCorrectAnswer() {
        var progress = Progress()
        progress.apply(.quizAnswer(id: "q", correct: false))
        progress.apply(.quizAnswer(id: "q", correct: true))
        progress.apply(.quizAnswer(id: "q", correct: false))
        #expect(progress.quizzes["q"] == QuizResult(attempts: 3, correct: true, firstTry: false))
    }

    @Test func stateDirectoryFollowsXDG() {
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/threadtutor")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
            == "/h/.local/state/threadtutor")
        #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/threadtutor")
    }

    @Test func challengeResultsRoundTripAndMergeAcrossCopies() throws {
        let first = try temporaryStore()
        let second = ProgressStore(directory: first.directory)
        try first.record([.challengeSolved(lesson: "lost-update", challenge: 1, moves: 6)])
        try second.record([.challengeSolved(lesson: "lost-update", challenge: 1, moves: 4),
                           .challengeSolved(lesson: "deadlock", challenge: 2, moves: 2)])
        try first.record([.challengeSolved(lesson: "lost-update", challenge: 1, moves: 9)])
        let reread = try first.load().progress
        #expect(reread.challenges == ["lost-update#1": ChallengeResult(solved: true, bestMoves: 4),
                                      "deadlock#2": ChallengeResult(solved: true, bestMoves: 2)])
        let text = try String(contentsOfFile: first.filePath, encoding: .utf8)
        #expect(text.contains("\"lost-update#1\" : {"))
        #expect(text.contains("\"bestMoves\" : 4"))
    }

    /// A file written before challenges existed has no "challenges" key: it loads as it is, nothing is moved
    /// aside, and the next write adds the key.
    @Test func aFileFromBeforeChallengesStillLoads() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let old = """
            {
              "completed" : [ "intro" ],
              "last" : { "lesson" : "lifecycle", "step" : 2 },
              "quizzes" : { "intro#2.1" : { "attempts" : 1, "correct" : true, "firstTry" : true } },
              "version" : 1
            }
            """
        try Data(old.utf8).write(to: URL(fileURLWithPath: store.filePath))
        let loaded = try store.load()
        #expect(loaded.corruptFileMovedTo == nil)
        #expect(loaded.progress.completed == ["intro"])
        #expect(loaded.progress.last == LessonPosition(lesson: "lifecycle", step: 2))
        #expect(loaded.progress.quizzes["intro#2.1"] == QuizResult(attempts: 1, correct: true, firstTry: true))
        #expect(loaded.progress.challenges.isEmpty)
        try store.record([.challengeSolved(lesson: "lifecycle", challenge: 1, moves: 3)])
        let again = try store.load().progress
        #expect(again.completed == ["intro"])
        #expect(again.challenge(lesson: "lifecycle", number: 1)?.bestMoves == 3)
    }

    /// A "challenges" value of the wrong shape is a corrupt file like any other: kept aside, a fresh start.
    @Test func aCorruptChallengesFieldIsKeptAside() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let bad = #"{"version": 1, "completed": [], "quizzes": {}, "challenges": ["not", "a", "map"]}"#
        try Data(bad.utf8).write(to: URL(fileURLWithPath: store.filePath))
        let loaded = try store.load()
        #expect(loaded.progress == Progress())
        let aside = try #require(loaded.corruptFileMovedTo)
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == bad)
    }
}
