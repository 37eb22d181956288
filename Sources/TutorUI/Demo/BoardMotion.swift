import ThreadModel

/// Which threads are on their way between two states of the board, and how far along. A pure function of the
/// timeline, the cursor and the playback speed: a transition's token travels for `frames` frames of playback
/// after its time, so the same cursor always draws the same picture (no clock).
struct BoardMotion: Equatable {
    let transition: Transition
    /// 0 as the thread leaves its old state, approaching 1 as it arrives.
    let progress: Double

    /// Frames a token takes to travel an arrow.
    static let frames = 4

    /// The moves under way at the cursor, one per thread at most.
    static func moves(_ frame: DemoFrame) -> [BoardMotion] {
        // Tokens travel only while playing. Paused, stopped for a prediction, stepped or at the end, every token is
        // in the box of its state at the cursor, as the lanes and cores say (at x16 a token's trip covers a fifth of a
        // run, and one frozen on its way showed a thread in a state it had already left). At the end, playback runs
        // on while the last moves finish (`Playback.runOn`, the board's clock past the end).
        let playback = frame.demo.playback
        guard playback.isPlaying else { return [] }
        let span = travelTime(playback)
        let now = frame.cursor.time + playback.runOn
        let shown = frame.timeline.transitionCount(throughSeq: frame.cursor.seq)
        return frame.snapshot.lastTransitions.compactMap { last in
            guard let last else { return nil }
            let elapsed = now - last.time
            guard elapsed >= 0 else { return nil }
            // A thread that changes state more than once at one moment (woken and dispatched at once) travels
            // each arrow in turn, so its token never jumps from one arrow to another.
            let legs = burst(of: last, in: frame.timeline, before: shown)
            guard !legs.isEmpty, elapsed < span * Int64(legs.count) else { return nil }
            // A token reaches its box in half the time before its thread moves again, so a thread that moves every
            // few milliseconds (the GIL handed over every 5 ms, at x4) is seen in its boxes, not always on an arrow.
            var legSpan = span
            if let next = nextMove(of: last.thread, in: frame.timeline, from: shown, before: last.time + span * Int64(legs.count)) {
                legSpan = max(1, min(span, (next.time - last.time) / 2 / Int64(legs.count)))
            }
            let leg = Int(elapsed / legSpan)
            guard leg < legs.count else { return nil }
            return BoardMotion(transition: legs[leg], progress: Double(elapsed - Int64(leg) * legSpan) / Double(legSpan))
        }
    }

    /// The thread's first transition from index `start` on stamped before `limit` (the scan stops there).
    private static func nextMove(of thread: ThreadID, in timeline: Timeline, from start: Int, before limit: Int64) -> Transition? {
        var index = start
        while index < timeline.transitions.count, timeline.transitions[index].time < limit {
            if timeline.transitions[index].thread == thread { return timeline.transitions[index] }
            index += 1
        }
        return nil
    }

    /// The moment every thread's last move at the end of `timeline` has arrived, at `span` µs an arrow: when
    /// playback run on past the end may stop. A thread that moves several times at one moment takes each arrow
    /// in turn.
    static func settled(_ timeline: Timeline, span: Int64) -> Int64 {
        var seen = Set<ThreadID>()
        var latest = timeline.end
        var index = timeline.transitions.count - 1
        while index >= 0, seen.count < timeline.threads.count {
            let last = timeline.transitions[index]
            index -= 1
            guard seen.insert(last.thread).inserted else { continue }
            let legs = burst(of: last, in: timeline, before: index + 2).count
            latest = max(latest, last.time + Int64(legs) * span)
        }
        return latest
    }

    /// The moves of `last`'s thread stamped at its time, in order, among the first `shown` transitions.
    private static func burst(of last: Transition, in timeline: Timeline, before shown: Int) -> [Transition] {
        var legs: [Transition] = []
        var index = shown - 1
        while index >= 0, timeline.transitions[index].time == last.time {
            let transition = timeline.transitions[index]
            if transition.thread == last.thread, transition.from != transition.to { legs.append(transition) }
            index -= 1
        }
        return legs.reversed()
    }

    /// The timeline microseconds `frames` frames of playback cover at the current speed (at least 1). Rounded
    /// down: playback moves whole microseconds, so `frames` frames never fall short of it and the token has
    /// arrived on the frame it should, not one later parked on the arrowhead.
    static func travelTime(_ playback: Playback) -> Int64 {
        let perFrame = playback.rate * playback.speed * Double(frameMilliseconds)
        return max(1, Int64((perFrame * Double(frames)).rounded(.down)))
    }

    /// The app's frame length (the tick the app loop arms while playing).
    static var frameMilliseconds: Int { Model.frameMilliseconds }
}
