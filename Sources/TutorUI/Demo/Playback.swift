import ThreadModel

/// A cursor moving through a recorded Timeline: playing, stepping, jumping and rewinding only move the
/// cursor; nothing is simulated again. `stopBefore` names transitions playback must not pass on its own
/// (predictions); the move that reaches one stops just before it and returns it.
public struct Playback: Hashable, Sendable {
    /// Speeds a learner steps through with + and -.
    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16]
    static let normalSpeedIndex = 2

    public private(set) var cursor = PlaybackCursor.start
    /// Whether ticks move the cursor. Pausing (or stopping at the end) also ends any run-on.
    public var isPlaying = false {
        didSet { if !isPlaying { runOn = 0 } }
    }
    /// Microseconds played past the end of a finished run while its last moves still travel on the board
    /// (0 otherwise): the cursor stays at the end, the board's clock reads `cursor.time + runOn`.
    public private(set) var runOn: Int64 = 0
    public private(set) var speedIndex = Playback.normalSpeedIndex
    /// Demo microseconds per wall-clock millisecond at normal speed.
    public let rate: Double
    /// Microseconds not yet moved (advances are whole microseconds).
    private var carry: Double = 0

    public init(rate: Double) { self.rate = max(0.001, rate) }

    /// A rate at which a run of `total` µs plays in about `seconds` at normal speed.
    public static func rate(total: Int64, seconds: Double = 12) -> Double {
        max(0.05, Double(max(total, 1)) / (seconds * 1_000))
    }

    public var speed: Double { Self.speeds[speedIndex] }

    public mutating func faster() { speedIndex = min(speedIndex + 1, Self.speeds.count - 1) }
    public mutating func slower() { speedIndex = max(speedIndex - 1, 0) }

    /// Whether everything recorded has been shown and the recording is over.
    public func isAtEnd(of timeline: Timeline) -> Bool {
        timeline.endTime != nil && cursor.seq >= timeline.lastSeq && cursor.time >= timeline.end
    }

    // MARK: Moving

    /// Back to the start.
    public mutating func rewind() {
        cursor = .start
        carry = 0
        runOn = 0
    }

    /// Moves the clock on by `milliseconds` of wall time × speed. Stops (and pauses) at the end of a finished
    /// recording, or just before a transition `stopBefore` selects, which it returns. `settled` is the moment the
    /// last moves have finished travelling (asked only once the end is reached): until the clock passes it,
    /// playback runs on at the end, so the final move animates like every other; then it stops.
    @discardableResult
    public mutating func advance(milliseconds: Int, in timeline: Timeline,
                                 stopBefore: (Transition) -> Bool = { _ in false },
                                 settled: () -> Int64 = { 0 }) -> Transition? {
        guard isPlaying, milliseconds > 0 else { return nil }
        let exact = Double(milliseconds) * rate * speed + carry
        let whole = Int64(exact)
        carry = exact - Double(whole)
        if isAtEnd(of: timeline) {
            runOn += whole
            if timeline.end + runOn >= settled() { isPlaying = false }
            return nil
        }
        // A finished run stops at its end; a recording still growing is followed at the pace it is recorded.
        let target = timeline.endTime == nil ? cursor.time + whole : min(cursor.time + whole, timeline.end)
        if let stop = firstStop(in: timeline, upTo: target, stopBefore) {
            cursor = PlaybackCursor(seq: stop.seq - 1, time: max(cursor.time, stop.time))
            isPlaying = false
            return stop
        }
        let unclamped = cursor.time + whole
        cursor = PlaybackCursor(seq: max(cursor.seq, timeline.lastSeq(atOrBefore: target)), time: max(cursor.time, target))
        if isAtEnd(of: timeline) {
            runOn = max(0, unclamped - timeline.end)
            if timeline.end + runOn >= settled() { isPlaying = false }
        }
        return nil
    }

    /// One transition forward; returns the transition when `stopBefore` holds it back instead.
    @discardableResult
    public mutating func stepForward(in timeline: Timeline, stopBefore: (Transition) -> Bool = { _ in false }) -> Transition? {
        guard let next = timeline.firstTransition(afterSeq: cursor.seq) else {
            moveToEndIfFinished(timeline)
            return nil
        }
        return move(to: next, in: timeline, stopBefore)
    }

    /// Undoes the latest transition shown: the cursor goes to just after the one before it.
    public mutating func stepBack(in timeline: Timeline) {
        guard let latest = timeline.lastTransition(throughSeq: cursor.seq) else {
            rewind()
            return
        }
        place(after: timeline.lastTransition(throughSeq: latest.seq - 1), in: timeline)
    }

    /// Just after the next transition of `thread`; returns it when `stopBefore` holds it back instead.
    @discardableResult
    public mutating func jumpToNext(of thread: ThreadID, in timeline: Timeline,
                                    stopBefore: (Transition) -> Bool = { _ in false }) -> Transition? {
        guard let next = timeline.transitions(of: thread).first(where: { $0.seq > cursor.seq }) else { return nil }
        return move(to: next, in: timeline, stopBefore)
    }

    /// Just after the previous transition of `thread`: the one shown last, or the one before it when the
    /// cursor is already there.
    public mutating func jumpToPrevious(of thread: ThreadID, in timeline: Timeline) {
        let shown = timeline.transitions(of: thread).filter { $0.seq <= cursor.seq }
        guard let last = shown.last else {
            rewind()
            return
        }
        if timeline.settledSeq(after: last) == cursor.seq && cursor.time == last.time {
            if shown.count >= 2 { place(after: shown[shown.count - 2], in: timeline) } else { rewind() }
        } else {
            place(after: last, in: timeline)
        }
    }

    // MARK: Helpers

    private mutating func move(to transition: Transition, in timeline: Timeline, _ stopBefore: (Transition) -> Bool) -> Transition? {
        carry = 0
        runOn = 0
        if stopBefore(transition) {
            cursor = PlaybackCursor(seq: transition.seq - 1, time: max(transition.time, 0))
            return transition
        }
        cursor = PlaybackCursor(seq: timeline.settledSeq(after: transition), time: transition.time)
        return nil
    }

    private mutating func place(after transition: Transition?, in timeline: Timeline) {
        carry = 0
        runOn = 0
        cursor = transition.map { PlaybackCursor(seq: timeline.settledSeq(after: $0), time: $0.time) } ?? .start
    }

    private mutating func moveToEndIfFinished(_ timeline: Timeline) {
        guard timeline.endTime != nil else { return }
        runOn = 0
        cursor = PlaybackCursor(seq: timeline.lastSeq, time: max(cursor.time, timeline.end))
    }

    /// The first transition after the cursor, up to `time`, that playback must stop before.
    private func firstStop(in timeline: Timeline, upTo time: Int64, _ stopBefore: (Transition) -> Bool) -> Transition? {
        var index = timeline.transitionCount(throughSeq: cursor.seq)
        while index < timeline.transitions.count, timeline.transitions[index].time <= time {
            if stopBefore(timeline.transitions[index]) { return timeline.transitions[index] }
            index += 1
        }
        return nil
    }
}
