import SnapshotTesting
import Testing
import TextKernel
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The state board, lanes and resources at the pane sizes the four terminal sizes give, in both languages, and
/// the frames of one transition's token travelling its arrow.
@Suite struct BoardSnapshotTests {
    /// Terminal sizes the pane is checked at, with the pane's own area from the app's layout.
    static let terminals = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
                            Size(width: 200, height: 60)]

    static func paneSize(_ terminal: Size) -> Size {
        let layout = Layout.make(size: terminal, hasDemo: true, present: false)!
        let body = layout.demoBody!
        return Size(width: body.width, height: body.height)
    }

    private func played(_ scenario: Scenario, milliseconds: Int) -> ThreadDemo {
        var demo = ThreadDemo(scenario: scenario)
        demo.run(.playPause)
        demo.advance(milliseconds: milliseconds)
        if demo.isPlaying { demo.run(.playPause) }
        return demo
    }

    @Test(arguments: terminals)
    func deadlockBoardAtEachSize(terminal: Size) {
        var demo = played(DemoScenarios.deadlock, milliseconds: 60_000)
        let size = Self.paneSize(terminal)
        let name = "\(terminal.width)x\(terminal.height)"
        assertSnapshot(of: demo.render(size), as: .lines, named: name)
        assertSnapshot(of: demo.render(size, language: .ko), as: .lines, named: name + "-ko")
        demo.run(.switchView)
        assertSnapshot(of: demo.render(size), as: .lines, named: name + "-board")
        assertSnapshot(of: demo.render(size, language: .ko), as: .lines, named: name + "-board-ko")
    }

    @Test(arguments: terminals)
    func gilLanesAndResourcesAtEachSize(terminal: Size) {
        var demo = played(DemoScenarios.gil, milliseconds: 6_000)
        let size = Self.paneSize(terminal)
        let name = "\(terminal.width)x\(terminal.height)"
        assertSnapshot(of: demo.render(size), as: .lines, named: name)
        assertSnapshot(of: demo.render(size, language: .ko), as: .lines, named: name + "-ko")
        demo.run(.switchView, .switchView)
        assertSnapshot(of: demo.render(size), as: .lines, named: name + "-lanes")
        demo.run(.switchView)
        assertSnapshot(of: demo.render(size, language: .ko), as: .lines, named: name + "-log-ko")
    }

    /// Every frame of the first transition after 5 ms in the GIL demo: A's token leaves running for ready and
    /// B's leaves ready for running, each along its arrow, then both are in their boxes.
    @Test func motionFramesOfOneTransition() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        demo.run(.switchView)
        while demo.playback.cursor.time < 5_000 { demo.run(.stepForward) }
        demo.run(.playPause)
        var frames: [String] = []
        var column: [String] = []
        for _ in 0...BoardMotion.frames {
            frames.append(demo.render(Size(width: 52, height: 13)))
            column.append(demo.render(Size(width: 43, height: 20), language: .ko))
            demo.advance(milliseconds: Model.frameMilliseconds)
        }
        assertSnapshot(of: frames.joined(separator: "\n\n"), as: .lines, named: "gil")
        // The same frames on the narrow pane's column of boxes, in Korean.
        assertSnapshot(of: column.joined(separator: "\n\n"), as: .lines, named: "gil-column-ko")
        #expect(frames.first != frames.last)
    }

    /// Presenter mode's pane at each terminal size, board alone, in English and Korean, with the app's own layout:
    /// the largest board that fits (capital labels in English, blank rows, padded boxes, longer arrows), falling
    /// back to the everyday board, then the column, on smaller panes.
    @Test(arguments: terminals)
    func presenterBoardAtEachSize(terminal: Size) {
        let demo = played(DemoScenarios.deadlock, milliseconds: 60_000)
        let body = Layout.make(size: terminal, hasDemo: true, present: true)!.demoBody!
        let size = Size(width: body.width, height: body.height)
        let name = "\(terminal.width)x\(terminal.height)"
        let english = presented(demo, size, .en)
        let korean = presented(demo, size, .ko)
        assertSnapshot(of: english, as: .lines, named: name)
        assertSnapshot(of: korean, as: .lines, named: name + "-ko")
        if terminal.width >= 120 {
            // Larger than the everyday board: capitals (English only) and a blank row above each label.
            #expect(english.contains("RUNNING") && english.contains("BLOCKED"))
            #expect(korean.contains("실행 중") && !korean.contains("RUNNING"))
            let lines = english.split(separator: "\n")
            let labels = lines.firstIndex { $0.contains("CREATED") }!
            #expect(lines[labels - 1].contains("|") && !lines[labels - 1].contains { $0.isLetter })
        }
    }

    /// The presenter board with a token in flight on its longer arrows, in both languages, at 200×60.
    @Test func presenterBoardWithATokenInFlight() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        while demo.playback.cursor.time < 5_000 { demo.run(.stepForward) }
        demo.run(.playPause)
        demo.advance(milliseconds: 2 * Model.frameMilliseconds)
        let body = Layout.make(size: Size(width: 200, height: 60), hasDemo: true, present: true)!.demoBody!
        let size = Size(width: body.width, height: body.height)
        assertSnapshot(of: presented(demo, size, .en), as: .lines, named: "en")
        assertSnapshot(of: presented(demo, size, .ko), as: .lines, named: "ko")
    }

    private func presented(_ demo: ThreadDemo, _ size: Size, _ language: Language) -> String {
        var buffer = Buffer(size: size)
        demo.draw(into: &buffer, area: buffer.area,
                  context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: true))
        return TestBackend.quoted(buffer, styles: false)
    }

    /// With 16 threads or more, boxes hold counts and the selected thread.
    @Test func manyThreadsCollapseIntoCounts() {
        let threads = (1...18).map { "  - name: T\($0)\n    run: [compute \($0)ms]" }.joined(separator: "\n")
        var demo = played(DemoScenarios.parse("cores: 2\nthreads:\n" + threads), milliseconds: 3_000)
        demo.run(.selectThread(5), .switchView)
        let board = demo.render(Size(width: 60, height: 14))
        assertSnapshot(of: board, as: .lines, named: "18")
        #expect(board.contains(">5 T5"))
        #expect(board.contains("threads"))
    }

    /// The Korean boxed board's arrows meet the boxes where the English ones do: every box corner `+` in the
    /// top row has a `+` below it three or more rows down, in display columns.
    @Test(arguments: Language.allCases)
    func boxesLineUpInDisplayColumns(language: Language) {
        var demo = played(DemoScenarios.deadlock, milliseconds: 60_000)
        demo.run(.switchView)
        var buffer = Buffer(size: Size(width: 60, height: 16))
        demo.draw(into: &buffer, area: buffer.area,
                  context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: false))
        let rows = (0..<buffer.size.height).map { columns(buffer.rowText($0)) }
        let top = rows.firstIndex { $0.first == "+" }!
        let corners = rows[top].indices.filter { rows[top][$0] == "+" }
        #expect(corners.count == 8)
        for column in corners { #expect(rows[top + 3][column] == "+" || rows[top + 4][column] == "+") }
    }

    /// Every view, before its clip: no line wider than the pane and no more lines than its rows, at every size
    /// the four terminals give (and smaller ones), both languages, presenter mode or not.
    @Test func nothingOverflowsInAnyView() {
        let sizes = Self.terminals.map(Self.paneSize) + [Size(width: 38, height: 3), Size(width: 30, height: 8)]
        for scenario in [DemoScenarios.lifecycle, DemoScenarios.deadlock, DemoScenarios.gil, DemoScenarios.pool] {
            var demo = played(scenario, milliseconds: 2_000)
            for _ in DemoView.allCases {
                demo.run(.switchView)
                for size in sizes {
                    for language in Language.allCases {
                        for present in [false, true] {
                            let frame = DemoFrame(demo: demo, context: DemoContext(language: language, glyphs: .unicode,
                                asciiOnly: false, focused: true, present: present))
                            let lines = DemoScreen.lines(frame, width: size.width, height: size.height)
                            #expect(lines.count <= size.height, "\(demo.view) \(size) \(language)")
                            #expect(lines.allSatisfy { $0.width <= size.width }, "\(demo.view) \(size) \(language) \(lines.filter { $0.width > size.width }.map(\.plainText))")
                        }
                    }
                }
            }
        }
    }

    /// A row as one character per display column (a wide character's second column is "").
    private func columns(_ row: String) -> [String] {
        row.flatMap { character in
            [String(character)] + Array(repeating: "", count: max(0, DisplayWidth.of(character) - 1))
        }
    }
}
