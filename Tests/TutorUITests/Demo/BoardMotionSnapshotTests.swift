import SnapshotTesting
import Testing
import TextKernel
import ThreadModel
import TutorBasics
@testable import TutorUI

/// Every transition of one small demo, frame by frame: the board alone while each token leaves its old box,
/// travels its arrow and arrives. Motion is a pure function of timeline, cursor and speed, so stepping to each
/// transition and playing `BoardMotion.frames` frames from it draws exactly what the app draws.
@Suite struct BoardMotionSnapshotTests {
    /// One core: a worker that is created, runs, blocks on io, is ready again, runs and ends, and a busy
    /// thread that shares the core with it, so slice hand-overs move two tokens at once.
    static let life = DemoScenarios.parse("""
        title: One worker and a busy thread on one core
        cores: 1
        threads:
          - name: worker
            run: [compute 10ms, io 10ms, compute 10ms]
          - name: busy
            run: [compute 20ms]
        """)

    /// Each step forward from the start, with the frames played from it: a heading naming the transition,
    /// then `BoardMotion.frames + 1` boards (from leaving to arrived).
    private func frames(_ scenario: Scenario, size: Size, language: Language) -> (text: String, moves: [Transition]) {
        var demo = ThreadDemo(scenario: scenario)
        demo.run(.switchView)
        var blocks: [String] = []
        var moves: [Transition] = []
        while let next = demo.timeline.firstTransition(afterSeq: demo.playback.cursor.seq) {
            demo.run(.stepForward)
            moves.append(next)
            var block = ["== \(moves.count): t=\(next.time)us thread \(next.thread.rawValue + 1) \(next.from) -> \(next.to)"]
            // A step to the very end rests there (space would start again); the end's motion is `life-end`'s.
            if demo.playback.isAtEnd(of: demo.timeline) {
                block += ["-- at rest", demo.render(size, language: language)]
                blocks.append(block.joined(separator: "\n"))
                continue
            }
            var playing = demo
            playing.run(.playPause)
            // Until every token has arrived (a thread moving twice at one moment travels both arrows).
            for index in 0...(3 * BoardMotion.frames) {
                block.append("-- frame \(index)")
                block.append(playing.render(size, language: language))
                if index > 0, BoardMotion.moves(DemoFrame(demo: playing, context: context(language))).isEmpty { break }
                playing.advance(milliseconds: Model.frameMilliseconds)
            }
            blocks.append(block.joined(separator: "\n"))
        }
        return (blocks.joined(separator: "\n\n"), moves)
    }

    private func context(_ language: Language) -> DemoContext {
        DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: false)
    }

    @Test func motionFramesOfEveryTransition() {
        let english = frames(Self.life, size: Size(width: 52, height: 13), language: .en)
        assertSnapshot(of: english.text, as: .lines, named: "life")
        // The same steps on the narrow pane's column of boxes, in Korean.
        let korean = frames(Self.life, size: Size(width: 43, height: 20), language: .ko)
        assertSnapshot(of: korean.text, as: .lines, named: "life-column-ko")
        // Every arrow of the lifecycle is travelled, and none that is not one (blocked never runs directly).
        let arrows = Set(english.moves.map { "\($0.from)->\($0.to)" })
        for arrow in ["created->ready", "ready->running", "running->ready", "running->blocked", "blocked->ready",
                      "running->terminated"] {
            #expect(arrows.contains(arrow), "\(arrow) not in \(arrows)")
        }
        #expect(!arrows.contains("blocked->running"))
    }

    /// Played from the start, the run's last move (busy's token to terminated) travels its arrow like every
    /// other: playback runs on at the end for the travel frames, the header saying "playing", then stops by
    /// itself (so the app arms no more ticks) with every token in its box; a tick after that moves nothing.
    @Test func lastMoveTravelsBeforePlaybackStops() {
        var demo = ThreadDemo(scenario: Self.life)
        demo.run(.switchView, .playPause)
        var ticks = 0
        while !demo.playback.isAtEnd(of: demo.timeline), ticks < 10_000 {
            demo.advance(milliseconds: Model.frameMilliseconds)
            ticks += 1
        }
        let size = Size(width: 52, height: 13)
        var frames: [String] = []
        var stillPlaying = 0
        while demo.isPlaying, frames.count <= 3 * BoardMotion.frames {
            frames.append("-- run-on frame \(frames.count)\n" + demo.render(size))
            stillPlaying += 1
            demo.advance(milliseconds: Model.frameMilliseconds)
        }
        let stopped = demo.render(size)
        frames.append("-- stopped\n" + stopped)
        frames.append("-- korean column, stopped\n" + demo.render(Size(width: 43, height: 20), language: .ko))
        assertSnapshot(of: frames.joined(separator: "\n"), as: .lines, named: "life-end")
        // It reached the end mid-travel and played on for the rest of the trip, then stopped on its own.
        #expect(stillPlaying >= 1 && stillPlaying <= BoardMotion.frames)
        #expect(!demo.isPlaying)
        #expect(demo.playback.runOn == 0)
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context(.en))).isEmpty)
        #expect(stopped.contains("2 busy") && stopped.contains("end"))
        demo.advance(milliseconds: Model.frameMilliseconds)
        #expect(demo.render(size) == stopped, "paused at the end, a tick changes nothing")
    }

    /// Stepping (not playing) onto the last transition and pressing nothing more: the token is drawn arrived, as
    /// before; only playback runs on.
    @Test func steppedToTheEndNothingTravels() {
        var demo = ThreadDemo(scenario: Self.life)
        while demo.timeline.firstTransition(afterSeq: demo.playback.cursor.seq) != nil { demo.run(.stepForward) }
        demo.run(.stepForward)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context(.en))).isEmpty)
    }
}
