import Foundation
import Testing
import TutorBasics
@testable import LessonKit

/// A lesson's body is read when its steps or diagnostics are first asked for, and gives the same answers as
/// reading it at once would.
@Suite struct LazyBodyTests {
    static let titled = """
        ---
        title: Locks
        chapter: 2
        order: 7
        ---
        # Locks

        Text.

        ```demo
        threads:
          - name: a
            run: [compute sometimes]
        ```
        """

    @Test func loadingReadsOnlyTheFrontMatter() throws {
        let lesson = Fixture.lesson(Self.titled)
        #expect(!lesson.body.isRead)
        #expect((lesson.title, lesson.chapter, lesson.order) == ("Locks", 2, 7))
        #expect(!lesson.body.isRead)
        #expect(lesson.steps.count == 1)
        #expect(lesson.body.isRead)
    }

    @Test func bodyProblemsAppearWithTheirPositionWhenAskedFor() throws {
        let lesson = Fixture.lesson(Self.titled.replacingOccurrences(of: "chapter: 2", with: "chapter: two"))
        #expect(lesson.isBroken)
        // The front matter's problem and the demo's, in file order, as an eager read would give them.
        #expect(lesson.diagnostics.map(\.location.line) == [3, 13])
    }

    @Test func aLessonWithoutATitleReadsItsBodyForTheFirstHeading() {
        let lesson = Fixture.lesson("# From the heading\n\nText.\n")
        #expect(lesson.body.isRead)
        #expect(lesson.title == "From the heading")
    }

    @Test func copiesShareOneReading() {
        let lesson = Fixture.lesson(Self.titled)
        let copy = lesson
        _ = copy.steps
        #expect(lesson.body.isRead)
        #expect(lesson == copy)
    }

    @Test func threadsAskingAtOnceAllGetTheSameBody() {
        let lesson = Fixture.lesson(Self.titled)
        let counts = Counts()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in counts.add(lesson.steps.flatMap(\.demos).count) }
        #expect(counts.values == Array(repeating: 1, count: 8))
    }

    @Test func courseLoadLeavesBodiesUnreadUntilTheyAreNeeded() throws {
        let course = try TemporaryCourse([
            "en/01-a.md": "---\ntitle: A\n---\n# A\n\nText.\n",
            "en/02-b.md": "---\ntitle: B\n---\n# B\n\n```demo\nthreads: nope\n```\n",
        ])
        let loaded = CourseLoader.load(course.root, language: .en)
        #expect(loaded.lessons.map(\.body.isRead) == [false, false])
        #expect(loaded.allDiagnostics.count == 1)
        #expect(loaded.lessons.map(\.body.isRead) == [true, true])
    }

    /// What each thread saw. `@unchecked Sendable`: `seen` is only touched under `lock`.
    final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [Int] = []

        func add(_ count: Int) {
            lock.lock()
            seen.append(count)
            lock.unlock()
        }

        var values: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return seen
        }
    }
}
