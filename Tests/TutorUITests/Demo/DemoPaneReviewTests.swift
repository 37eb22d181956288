import SnapshotTesting
import Testing
import TextKernel
import ThreadModel
import TutorBasics
@testable import TutorUI

/// What looking at every chapter's demos in tmux found wrong (docs/demo-pane-review.md), one test per fix.
@Suite struct DemoPaneReviewTests {
    private func context(_ language: Language = .en) -> DemoContext {
        DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: false)
    }

    /// Chapter 4 at x16 stopped for its first prediction at 5 ms: the board showed main's token frozen on the
    /// created -> ready arrow (behind busy's) and the running box empty, while the lanes and cores said main was
    /// running. Stopped, paused or stepped, every token is in its state's box.
    @Test func aStoppedBoardAgreesWithTheLanes() {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.faster, .faster, .faster, .faster, .playPause)
        var ticks = 0
        while demo.isPlaying, ticks < 1_000 {
            demo.advance(milliseconds: Model.frameMilliseconds)
            ticks += 1
        }
        #expect(demo.isAsking)
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context())).isEmpty)
        demo.run(.switchView)
        let english = demo.render(Size(width: 58, height: 20))
        assertSnapshot(of: english, as: .lines, named: "en")
        assertSnapshot(of: demo.render(Size(width: 58, height: 20), language: .ko), as: .lines, named: "ko")
        let lines = english.split(separator: "\n")
        let labels = lines.firstIndex { $0.contains("created") && $0.contains("running") }!
        #expect(lines[labels + 1].contains(">1 main"), "main is running at the cursor: \(lines[labels + 1])")
    }

    /// Two tokens starting down one arrow together: the second used to be drawn over the first at the arrow's
    /// tail. Now the queue moves up, the earlier token ahead.
    @Test func tokensLeavingTogetherDoNotHideEachOther() {
        var demo = ThreadDemo(scenario: BoardMotionSnapshotTests.life)
        demo.run(.switchView, .stepForward, .stepForward, .playPause)
        let board = demo.render(Size(width: 52, height: 13))
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context())).count == 2)
        #expect(board.contains("|created|21>|"), "\(board)")
    }

    /// The lanes view alone cut its legend at ~58 columns ("⋅..."), hiding what the terminated glyph means. It
    /// wraps instead, in both languages.
    @Test(arguments: Language.allCases)
    func theLanesLegendKeepsEveryWord(language: Language) {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.switchView, .switchView)
        #expect(demo.view == .lanes)
        for width in [40, 52, 58] {
            let lanes = demo.render(Size(width: width, height: 12), language: language)
            #expect(lanes.contains(ThreadState.terminated.name(in: language)), "\(width): \(lanes)")
            #expect(!lanes.contains("..."), "\(width): \(lanes)")
        }
        assertSnapshot(of: demo.render(Size(width: 40, height: 12), language: language), as: .lines,
                       named: language.rawValue)
    }

    /// Side by side at 120x40 the demo's title row has about 50 columns: "Round robin - the woken thread wa..."
    /// and "Wake-up preemption - the woken th..." hid the words that tell the two demos apart. A title too long
    /// goes on over the pane's first row.
    @Test(arguments: Language.allCases)
    func aLongDemoTitleGoesOnOverTheNextRow(language: Language) {
        let title = "Round robin - the woken thread waits for the slice"
        var model = Model.sample(language, size: Size(width: 120, height: 40), startLesson: "lifecycle",
                                 demoFactory: { step, _, _ in step.demos.isEmpty ? nil : FakeDemo(title: title) })
        model.press(.tab)
        let screen = model.screen
        #expect(screen.contains("the slice"), "\(screen)")
        #expect(screen.contains("t=0ms"))
        assertSnapshot(of: screen, as: .lines, named: language.rawValue)
        // On a short pane it is cut short, as before, rather than take a row the pane needs.
        let short = Model.sample(language, size: Size(width: 120, height: 14), startLesson: "lifecycle",
                                 demoFactory: { step, _, _ in step.demos.isEmpty ? nil : FakeDemo(title: title) }).screen
        #expect(!short.contains("the slice"))
    }

    /// `threadtutor trace prog.py` at 120x40 (presenter layout, a 64x34 pane): the output region took ten rows
    /// for five lines of output, and the larger board, short of rows, stacked three of four blocked threads as
    /// "+3". The output region now takes the rows its lines need, and a larger board never hides a token.
    @Test(arguments: Language.allCases)
    func aTracedProgramsBoardKeepsItsTokens(language: Language) {
        var counter = RunID.Counter()
        let run = counter.next()
        var pane = TracePane(run: run, title: "trace prog.py", language: language)
        var timeline = Timeline(cores: 2)
        let main = timeline.addThread(name: "MainThread", kernelTID: 10)
        timeline.record(main, from: .created, to: .ready, at: 0, reason: .started)
        timeline.record(main, from: .ready, to: .running, at: 0, core: 0, reason: .dispatched(core: 0))
        var time: Int64 = 1_000
        for index in 1...3 {
            let worker = timeline.addThread(name: "Thread-\(index) (worker)", kernelTID: Int32(10 + index))
            timeline.record(worker, from: .created, to: .ready, at: time, reason: .started)
            timeline.record(worker, from: .ready, to: .running, at: time + 10, core: 1, reason: .dispatched(core: 1))
            timeline.record(worker, from: .running, to: .blocked, at: time + 500, reason: .sleeping)
            time += 1_000
        }
        timeline.record(main, from: .running, to: .blocked, at: time, reason: .waitingForThread(thread: "Thread-1 (worker)"))
        timeline.finish(at: time + 1_000)
        let output = ["worker 0 done", "worker 1 done", "worker 2 done"]
        _ = pane.receive(.traced(TraceProgress(version: 1, timeline: timeline, output: output, ending: .exited(0))),
                         for: run)
        pane.advance(milliseconds: 60_000)
        let body = Layout.make(size: Size(width: 120, height: 40), hasDemo: true, present: true)!.demoBody!
        var buffer = Buffer(size: Size(width: body.width, height: body.height))
        pane.draw(into: &buffer, area: buffer.area,
                  context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: true))
        let screen = TestBackend.quoted(buffer, styles: false)
        assertSnapshot(of: screen, as: .lines, named: language.rawValue)
        #expect(!screen.contains("+3") && !screen.contains("+2"), "\(screen)")
        #expect(screen.contains("+----"), "boxes, not one line per state")
        #expect(screen.contains("worker 2 done"))
        for number in 1...4 { #expect(screen.contains("\(number) Thr") || screen.contains("\(number) Mai")) }

        // With nine lines of output the region takes its ten rows: the board is still a presenter's (capitals,
        // blank rows around the labels), its four tokens on consecutive rows instead of every other row.
        let chatty = (0..<9).map { "line \($0)" }
        _ = pane.receive(.traced(TraceProgress(version: 2, timeline: timeline, output: chatty, ending: .exited(0))),
                         for: run)
        var busy = Buffer(size: Size(width: body.width, height: body.height))
        pane.draw(into: &busy, area: busy.area,
                  context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: true))
        let dense = TestBackend.quoted(busy, styles: false)
        assertSnapshot(of: dense, as: .lines, named: language.rawValue + "-ten-output-rows")
        #expect(!dense.contains("+3") && dense.contains("line 8"))
        if language == .en { #expect(dense.contains("BLOCKED"), "\(dense)") }
    }

    /// The board alone at 80x24 (8 rows: one line per state) cut "producer" to "produ~" on a line with 60 free
    /// columns. That board now shows whole names when every line fits, and the short ones when not.
    @Test func oneLinePerStateShowsWholeNames() {
        var demo = ThreadDemo(scenario: DemoScenarios.parse("""
            cores: 2
            threads:
              - name: producer
                run: [compute 5ms]
              - name: consumer
                run: [compute 5ms]
            """))
        demo.run(.playPause)
        demo.advance(milliseconds: 60_000)
        demo.run(.switchView)
        let wide = demo.render(Size(width: 78, height: 8))
        assertSnapshot(of: wide, as: .lines, named: "78")
        #expect(wide.contains(">1 producer  2 consumer"), "\(wide)")
        let narrow = demo.render(Size(width: 34, height: 8))
        #expect(narrow.contains(">1 produ~  2 consu~"), "\(narrow)")
    }

    /// Chapter 2 in presenter mode at x4: the GIL changes hands every 5 ms and a token's trip took ~6.7 ms, so
    /// both tokens were always on an arrow and never seen in a box. A token now arrives within half the time
    /// before its thread moves again.
    @Test func tokensRestBetweenFrequentMoves() {
        // Chapter 2's demo: 50 ms of CPU each, two cores, the GIL (100 ms in all).
        var demo = ThreadDemo(scenario: DemoScenarios.parse("""
            title: Two CPU-bound threads, two cores, with the GIL
            cores: 2
            gil: true
            threads:
              - name: A
                run: [compute 50ms]
              - name: B
                run: [compute 50ms]
            """))
        demo.run(.faster, .faster, .switchView, .playPause)
        #expect(BoardMotion.travelTime(demo.playback) > 5_000, "a trip is longer than a GIL turn at x4")
        #expect(demo.playback.speed == 4)
        var atRest = 0
        var moving = 0
        var resting: String?
        for _ in 0..<60 where demo.isPlaying {
            demo.advance(milliseconds: Model.frameMilliseconds)
            let frame = DemoFrame(demo: demo, context: context())
            guard frame.cursor.time > 1_000, !frame.atEnd else { continue }
            if BoardMotion.moves(frame).isEmpty {
                atRest += 1
                if resting == nil { resting = demo.render(Size(width: 52, height: 13)) }
            } else {
                moving += 1
            }
        }
        #expect(atRest > 0 && moving > 0, "at rest \(atRest), moving \(moving)")
        assertSnapshot(of: resting ?? "", as: .lines, named: "x4")
        #expect(resting?.contains("1 A") == true && resting?.contains("2 B") == true)
    }

    /// The "Recent transitions" list side by side at 120x40 cut each entry at the pane's edge: "GIL handed to
    /// A..." lost "after 5 ms", "blocked: waiting..." what was waited for. A long entry wraps under itself.
    @Test(arguments: Language.allCases)
    func recentTransitionsKeepTheirEnds(language: Language) {
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock)
        demo.run(.playPause)
        demo.advance(milliseconds: 60_000)
        let lines = EventLineView.recent(DemoFrame(demo: demo, context: context(language)), width: 40, rows: 12)
        let text = lines.map(\.plainText).joined(separator: "\n")
        #expect(lines.allSatisfy { $0.width <= 40 })
        #expect(!text.contains("..."), "\(text)")
        #expect(text.contains(language == .en ? "held by" : "보유 중"), "\(text)")
        #expect(lines.count <= 12)
    }
}
