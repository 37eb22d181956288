import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// Playback is a cursor into one Timeline: stepping, jumping, rewinding and playing only move the cursor.
@Suite struct DemoPlaybackTests {
    @Test func stepsVisitEveryTransitionInOrderAndBackAgain() {
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock)
        let transitions = demo.timeline.transitions
        #expect(!transitions.isEmpty)
        var seen: [[ThreadState]] = [demo.statesAtCursor]
        for transition in transitions {
            demo.run(.stepForward)
            // After the transition and what it brought at the same moment (its core, the GIL, a lock's queue).
            #expect(demo.playback.cursor.seq == demo.timeline.settledSeq(after: transition))
            #expect(demo.playback.cursor.time == transition.time)
            #expect(demo.statesAtCursor[transition.thread.rawValue] == transition.to)
            seen.append(demo.statesAtCursor)
        }
        for expected in seen.reversed().dropFirst() {
            demo.run(.stepBack)
            #expect(demo.statesAtCursor == expected)
        }
        #expect(demo.playback.cursor == .start)
    }

    @Test func playingReachesTheEndAndStops() {
        var demo = ThreadDemo(scenario: DemoScenarios.pool)
        demo.run(.playPause)
        #expect(demo.isPlaying)
        var ticks = 0
        while demo.isPlaying && ticks < 10_000 {
            demo.advance(milliseconds: 50)
            ticks += 1
        }
        #expect(!demo.isPlaying)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        #expect(demo.playback.cursor.seq == demo.timeline.lastSeq)
        // One task never needs the pool's second worker: it is never started (CPython starts workers on demand).
        #expect(demo.statesAtCursor == [.terminated, .terminated, .created])
        // About twelve seconds of wall time at normal speed, whatever the demo's own length.
        #expect((200...300).contains(ticks))
    }

    @Test func pausedPlaybackDoesNotMove() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        demo.advance(milliseconds: 5_000)
        #expect(demo.playback.cursor == .start)
        demo.run(.playPause)
        demo.advance(milliseconds: 1_000)
        let cursor = demo.playback.cursor
        demo.run(.playPause)
        demo.advance(milliseconds: 1_000)
        #expect(demo.playback.cursor == cursor)
    }

    @Test func speedScalesHowFarATickMoves() {
        var normal = ThreadDemo(scenario: DemoScenarios.gil)
        var fast = normal
        normal.run(.playPause)
        fast.run(.faster, .playPause)
        normal.advance(milliseconds: 1_000)
        fast.advance(milliseconds: 1_000)
        #expect(fast.playback.cursor.time == 2 * normal.playback.cursor.time)
        var slow = ThreadDemo(scenario: DemoScenarios.gil)
        slow.run(.slower, .slower, .slower, .playPause)
        #expect(slow.playback.speed == Playback.speeds.first)
        slow.advance(milliseconds: 4_000)
        #expect(slow.playback.cursor.time == normal.playback.cursor.time)
    }

    @Test func jumpsFollowTheSelectedThread() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        demo.run(.selectThread(2))
        let b = ThreadID(1)
        let ofB = demo.timeline.transitions(of: b)
        for transition in ofB {
            demo.run(.nextOfThread)
            #expect(demo.playback.cursor.seq == demo.timeline.settledSeq(after: transition))
        }
        demo.run(.nextOfThread)
        #expect(demo.playback.cursor.seq == ofB.last.map(demo.timeline.settledSeq))
        for transition in ofB.reversed().dropFirst() {
            demo.run(.previousOfThread)
            #expect(demo.playback.cursor.seq == demo.timeline.settledSeq(after: transition))
        }
        demo.run(.previousOfThread)
        #expect(demo.playback.cursor == .start)
    }

    @Test func restartRewindsAndPlays() {
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock)
        demo.run(.stepForward, .stepForward, .stepForward)
        demo.run(.restart)
        #expect(demo.playback.cursor == .start)
        #expect(demo.isPlaying)
    }

    @Test func playAtTheEndStartsAgain() {
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock)
        for _ in demo.timeline.transitions { demo.run(.stepForward) }
        demo.run(.stepForward)
        #expect(demo.playback.isAtEnd(of: demo.timeline))
        demo.run(.playPause)
        #expect(demo.isPlaying)
        #expect(demo.playback.cursor == .start)
    }

    @Test func newSeedRunsTheSimulationAgainFromTheStart() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        demo.run(.stepForward, .stepForward)
        #expect(demo.run(.newSeed) == nil)
        #expect(demo.seed == 1)
        #expect(demo.playback.cursor == .start)
        #expect(Validator.validate(demo.timeline, scenario: demo.scenario).isEmpty)
    }

    @Test func selectionStaysOnAThread() {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.selectThread(3))
        #expect(demo.selected == 2)
        demo.run(.selectThread(9))
        #expect(demo.selected == 2)
        demo.run(.scrollUp)
        #expect(demo.selected == 1)
        demo.run(.scrollTop)
        #expect(demo.selected == 0)
    }

    @Test func liveModeWithoutAnEngineSaysSo() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        let message = demo.run(.switchMode)
        #expect(message == Language.en.catalog(.liveUnavailable))
        #expect(demo.mode == .simulated)
    }
}
