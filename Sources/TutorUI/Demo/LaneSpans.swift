import ThreadModel

/// A thread's states as spans of time up to the playback cursor (the last one ends at the cursor).
enum LaneSpans {
    struct Piece {
        let state: ThreadState
        let start: Int64
        let end: Int64
    }

    static func spans(of thread: ThreadID, in timeline: Timeline, cursor: PlaybackCursor) -> [Piece] {
        var pieces: [Piece] = []
        var state = ThreadState.created
        var start: Int64 = 0
        for transition in timeline.transitions(of: thread) where transition.seq <= cursor.seq {
            if transition.time > start { pieces.append(Piece(state: state, start: start, end: transition.time)) }
            state = transition.to
            start = max(start, transition.time)
        }
        pieces.append(Piece(state: state, start: start, end: max(start, cursor.time)))
        return pieces
    }

    /// The state that fills most of `range` (the earliest wins a tie); nil when no piece reaches into it.
    static func dominant(_ pieces: ArraySlice<Piece>, in range: ClosedRange<Int64>) -> ThreadState? {
        var best: (state: ThreadState, length: Int64)?
        var lengths: [ThreadState: Int64] = [:]
        for piece in pieces {
            if piece.start >= range.upperBound { break }
            let length = min(piece.end, range.upperBound) - max(piece.start, range.lowerBound)
            guard length > 0 else { continue }
            let sum = lengths[piece.state, default: 0] + length
            lengths[piece.state] = sum
            if let current = best, current.length >= sum, current.state != piece.state { continue }
            best = (piece.state, sum)
        }
        return best?.state
    }
}
