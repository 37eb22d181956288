import LessonKit
import SnapshotTesting
import Testing
import TextKernel
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The pure renderer: what it says in each situation, that it never draws wider or taller than its area at the
/// sizes people use (measured in display columns, so Korean counts double), and snapshots of the pane alone
/// and of whole screens at 80x24 and 120x40 in English and Korean.
@Suite struct ChallengeViewTests {
    /// A pane in each situation the learner meets.
    static func situations(_ language: Language) -> [(String, ChallengePane)] {
        let course = ChallengeCourse.make(language)
        let steps = course.lessons[0].steps
        let lost = ChallengePane(spec: steps[0].challenges[0], number: 1, language: language)!
        let deadlock = ChallengePane(spec: steps[1].challenges[0], number: 2, language: language)!
        var halfDone = ChallengeCourse.lostUpdateWithCode(language)
        halfDone.run(.run(1))
        var hinted = lost
        hinted.run(.hint, .hint, .run(1), .run(2))
        var solved = ChallengeCourse.lostUpdateWithCode(language)
        solved.run(.hint, .run(1), .run(2), .run(1), .run(2))
        var refused = deadlock
        refused.run(.run(1), .run(1), .run(2), .run(2))
        var stuck = lost
        stuck.run(.run(1), .run(1), .run(2), .run(2))
        var deadlocked = deadlock
        deadlocked.run(.run(1), .run(2), .run(1), .run(2))
        return [("start", lost), ("half-done", halfDone), ("hinted", hinted), ("solved", solved), ("refused", refused),
                ("all-done", stuck), ("deadlocked", deadlocked)]
    }

    /// The pane's body at the screen sizes people use, as the app lays it out (beside the lesson from 100
    /// columns, below it otherwise, with the least room a long lesson leaves it).
    static let areas: [Size] = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40)]
        .flatMap { screen in [false, true].compactMap { present in
            Layout.make(size: screen, hasDemo: true, present: present)?.demoBody.map { Size(width: $0.width, height: $0.height) }
        } }

    @Test(arguments: Language.allCases)
    func neverWiderOrTallerThanItsArea(language: Language) {
        for (name, pane) in Self.situations(language) {
            for size in Self.areas {
                for ascii in [false, true] {
                    let context = pane.context(language, ascii: ascii)
                    let lines = ChallengeView.lines(pane, width: size.width, height: size.height, context: context)
                    #expect(lines.count <= size.height, "\(name) \(size)")
                    for line in lines { #expect(line.width <= size.width, "\(name) \(size): \(line.plainText)") }
                    if ascii, language == .en {
                        #expect(lines.allSatisfy { $0.plainText.allSatisfy(\.isASCII) }, "\(name) \(size)")
                    }
                    // What must be read is on screen at every size: the end of the play, or the refusal.
                    // Words only, so a sentence wrapped over two lines is still found.
                    func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                    let text = words(lines.map(\.plainText).joined(separator: " "))
                    let say = language.catalog
                    switch name {
                    case "solved": #expect(text.contains(words(say(.challengeSolved(moves: 4)))), "\(size)")
                    case "refused": #expect(text.contains(words(pane.refusal.map { say($0.phrase(in: pane.program)) } ?? "-")), "\(size) \(text)")
                    case "all-done": #expect(text.contains(words(String(say(.challengeAllDone).prefix(20)))), "\(size)")
                    default: break
                    }
                    // Every thread's number and name are always there.
                    for thread in pane.program.threads { #expect(text.contains(thread.name), "\(name) \(size)") }
                }
            }
        }
    }

    /// The smallest screens still get lines that fit, whatever is left out.
    @Test func tinyAreasStayInside() {
        for (_, pane) in Self.situations(.ko) {
            for size in [Size(width: 38, height: 2), Size(width: 20, height: 5), Size(width: 1, height: 1), Size(width: 78, height: 3)] {
                let lines = ChallengeView.lines(pane, width: size.width, height: size.height, context: pane.context(.ko))
                #expect(lines.count <= size.height)
                #expect(lines.allSatisfy { $0.width <= size.width }, "\(size)")
            }
            var buffer = Buffer(size: Size(width: 38, height: 14))
            pane.draw(into: &buffer, area: buffer.area, context: pane.context(.ko, present: true))
        }
    }

    @Test func codeMarksTheLineToRunAndAHalfDoneIncrementSaysWhatItRead() {
        let pane = Self.situations(.en).first { $0.0 == "half-done" }!.1
        let text = ChallengeView.lines(pane, width: 52, height: 37, context: pane.context(.en)).map(\.plainText)
        #expect(text.contains("  ▶     count += 1  (read 0, will write 1)"))
        #expect(text.contains("        global count"))
        let ascii = ChallengeView.lines(pane, width: 52, height: 37, context: pane.context(.en, ascii: true)).map(\.plainText)
        #expect(ascii.contains("  >     count += 1  (read 0, will write 1)"))
        #expect(text.contains("1 A ▭ ready, holds nothing"))
        #expect(ascii.contains("1 A - ready, holds nothing"))
        // The other lines are Python, highlighted as in the lesson text.
        let lines = ChallengeThreadLines.code(pane, ThreadID(0), width: 52, limit: nil, context: pane.context(.en))
        let global = lines.first { $0.plainText == "        global count" }
        #expect(global?.spans.contains { $0.text == "global" && $0.style.role == .accent } == true)
        #expect(lines.first { $0.plainText.contains("count += 1") }?.spans.contains { $0.style.role == .selection } == true)
        // B has not run: its line is marked, without a note.
        #expect(text.filter { $0.hasPrefix("  ▶") } == ["  ▶     count += 1  (read 0, will write 1)", "  ▶     count += 1"])
    }

    @Test func withoutCodeTheOpsAreShownInScenarioWordsAndHoldingsFromTheLocks() {
        let pane = Self.situations(.en).first { $0.0 == "refused" }!.1
        let text = ChallengeView.lines(pane, width: 52, height: 37, context: pane.context(.en)).map(\.plainText)
        #expect(text.contains("1 A ▭ ready, holds L1, L2"))
        #expect(text.contains("2 B ░ blocked: waiting for lock L2 held by A, holds"))
        #expect(text.contains("  ▶ unlock L2"))
        #expect(text.contains("    lock L1"))
        #expect(text.joined(separator: " ").contains("Shared: lock L1: held by A; lock L2: held by A,   waiting: B"))
        #expect(text.contains("Last move: B ran lock L2"))
        #expect(text.contains("  B ░ blocked: waiting for lock L2 held by A"))
        #expect(text.contains("✗ B cannot run: it is waiting for lock L2 held by A."))
    }

    @Test func theReadHalfOfAnIncrementIsCalledARead() {
        let pane = Self.situations(.en).first { $0.0 == "half-done" }!.1
        let text = ChallengeView.lines(pane, width: 52, height: 37, context: pane.context(.en)).map(\.plainText)
        #expect(text.joined(separator: " ").contains("Last move: A read count (0); its write is its next   move"))
    }

    @Test func theLastMoveSaysWhomItBlockedAndWhy() {
        let pane = Self.situations(.en).first { $0.0 == "deadlocked" }!.1
        let text = ChallengeView.lines(pane, width: 52, height: 37, context: pane.context(.en)).map(\.plainText)
        // Only the mover runs, so only the mover blocks: A blocked on the move before.
        #expect(text.contains("Last move: B ran lock L1"))
        #expect(text.contains("  B ░ blocked: waiting for lock L1 held by A"))
        #expect(text.joined(separator: " ").contains("1 A ░ blocked: waiting for lock L2 held by B, holds   L1"))
        #expect(text.contains("✓ Goal reached in 4 moves!"))
    }

    @Test(arguments: Language.allCases)
    func paneSnapshots(language: Language) {
        for (name, pane) in Self.situations(language) where ["half-done", "solved", "refused"].contains(name) {
            assertSnapshot(of: pane.render(Size(width: 52, height: 37), language: language), as: .lines,
                           named: "\(name)-side-\(language.rawValue)")
            assertSnapshot(of: pane.render(Size(width: 78, height: 9), language: language), as: .lines,
                           named: "\(name)-stacked-\(language.rawValue)")
        }
    }

    @Test func asciiSnapshot() {
        let pane = Self.situations(.en).first { $0.0 == "refused" }!.1
        assertSnapshot(of: pane.render(Size(width: 78, height: 12), ascii: true), as: .lines)
    }

    @Test(arguments: Language.allCases)
    func screens(language: Language) {
        var small = ChallengeCourse.model(language)
        small.press(.character("1"), .character("h"))
        assertSnapshot(of: small.screen, as: .lines, named: "80x24-\(language.rawValue)")
        var large = ChallengeCourse.model(language, size: Size(width: 120, height: 40))
        large.press(.right, .character("1"), .character("1"), .character("2"), .character("2"))
        assertSnapshot(of: large.screen, as: .lines, named: "120x40-\(language.rawValue)")
    }

    @Test func presenterVote() throws {
        var model = ChallengeCourse.model(size: Size(width: 120, height: 40), present: true)
        model.press(.character("1"))
        let screen = model.screen
        #expect(screen.contains("Who runs next? Vote, then the teacher presses the number."))
        assertSnapshot(of: TestBackend.quoted(Screen.render(model), styles: true), as: .lines)
        // The teacher plays the class's choice with the digits, as anyone would.
        model.press(.character("2"), .character("1"), .character("2"))
        #expect(model.challenge?.play.isSolved == true)
        #expect(model.screen.contains("Goal reached in 4 moves!"))
        #expect(!model.screen.contains("Who runs next?"))
    }
}

/// The shared line names what a coordination challenge is about: the list's items, who waits on the condition.
@Suite struct ChallengeSharedLinesTests {
    static let fence = """
        ```challenge
        goal: {empty-pop: items}
        conditions: {C: L}
        queues: {items: 0}
        threads:
          - {name: C1, run: [lock L, wait-if-empty C items, pop items, unlock L]}
          - {name: P, run: [lock L, put items job, notify C, unlock L]}
        ```
        """

    @Test func queuesAndConditionsShowWhatTheyHold() throws {
        let markdown = "---\ntitle: Lists\nchapter: 1\n---\n# Lists\n\n" + Self.fence + "\n"
        let lesson = LessonParser.parse(markdown, path: "en/01-lists.md", language: .en)
        #expect(lesson.diagnostics.isEmpty, "\(lesson.diagnostics)")
        let spec = try #require(lesson.steps.first?.challenges.first)
        var pane = try #require(ChallengePane(spec: spec, number: 1, language: .en))
        let context = pane.context(.en)
        #expect(ChallengeSharedLines.items(pane, context: context).contains("queue items: empty;"))
        pane.run(.run(1), .run(1))  // C1 takes L, finds the list empty and waits on C
        let waiting = ChallengeSharedLines.items(pane, context: context)
        #expect(waiting.contains("condition C: waiting: C1"))
        pane.run(.run(2), .run(2))  // P takes L and puts a job
        #expect(ChallengeSharedLines.items(pane, context: context).contains("queue items: [job];"))
        pane.run(.run(2), .run(1))  // P notifies C1, which wakes and runs into L, still P's
        #expect(ChallengeSharedLines.items(pane, context: context).contains("lock L: held by P, waiting: C1;"))
    }
}
