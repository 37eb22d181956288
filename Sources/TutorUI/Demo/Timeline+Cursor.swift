import ThreadModel

/// Queries by sequence number, for a playback cursor that can stop between two entries stamped at the same
/// time. Transitions and events are appended in sequence (and time) order, so all of these are binary searches.
extension Timeline {
    /// The sequence number of the last entry recorded so far (-1 when nothing is recorded).
    var lastSeq: Int { max(transitions.last?.seq ?? -1, events.last?.seq ?? -1) }

    /// The sequence number of the last entry stamped at or before `time` (-1 when none is).
    func lastSeq(atOrBefore time: Int64) -> Int {
        let transition = Self.partition(transitions) { $0.time <= time }
        let event = Self.partition(events) { $0.time <= time }
        return max(transition > 0 ? transitions[transition - 1].seq : -1, event > 0 ? events[event - 1].seq : -1)
    }

    /// How many transitions have a sequence number at or below `seq`.
    func transitionCount(throughSeq seq: Int) -> Int { Self.partition(transitions) { $0.seq <= seq } }

    /// How many resource events have a sequence number at or below `seq`.
    func eventCount(throughSeq seq: Int) -> Int { Self.partition(events) { $0.seq <= seq } }

    /// The sequence number through which `transition`'s own move is recorded: the engines note the core, the
    /// GIL and the kernel thread a move takes or gives back right after its transition, at the same instant. A
    /// frame stopped after a transition shows these too (`wholeMove`), or "B ready -> running: got the GIL from
    /// A" would be drawn beside "GIL: {free}".
    func seqThroughMove(of transition: Transition) -> Int {
        var seq = transition.seq
        var index = eventCount(throughSeq: seq)
        while index < events.count, events[index].seq == seq + 1, events[index].time == transition.time {
            switch events[index].kind {
            case .coreAssigned, .gilAcquired, .gilReleased, .kernelThreadAssigned: seq += 1
            default: return seq
            }
            index += 1
        }
        return seq
    }

    /// What a frame shows for `cursor`: a cursor stopped just after a transition (a step, a prediction's
    /// reveal, `[`/`]`) shows that move whole, with its core and GIL records.
    func wholeMove(at cursor: PlaybackCursor) -> PlaybackCursor {
        guard let latest = lastTransition(throughSeq: cursor.seq), latest.seq == cursor.seq, latest.time == cursor.time
        else { return cursor }
        return PlaybackCursor(seq: seqThroughMove(of: latest), time: cursor.time)
    }

    /// The first transition after `seq`, if any.
    func firstTransition(afterSeq seq: Int) -> Transition? {
        let index = transitionCount(throughSeq: seq)
        return transitions.indices.contains(index) ? transitions[index] : nil
    }

    /// Where a step to `transition` stops: after the resource events recorded with it, at the same moment and
    /// before the next transition (the core it took, the GIL it got, the lock it queues for). Without them a step
    /// showed "got the GIL from B" beside "GIL: free".
    func settledSeq(after transition: Transition) -> Int {
        let next = firstTransition(afterSeq: transition.seq)?.seq ?? Int.max
        var index = eventCount(throughSeq: transition.seq)
        var seq = transition.seq
        while index < events.count, events[index].seq < next, events[index].time == transition.time {
            seq = events[index].seq
            index += 1
        }
        return seq
    }

    /// The last transition at or before `seq`, if any.
    func lastTransition(throughSeq seq: Int) -> Transition? {
        let index = transitionCount(throughSeq: seq)
        return index > 0 ? transitions[index - 1] : nil
    }

    /// The number of leading elements satisfying a predicate that holds for a prefix.
    private static func partition<T>(_ items: [T], _ isBefore: (T) -> Bool) -> Int {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(items[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
