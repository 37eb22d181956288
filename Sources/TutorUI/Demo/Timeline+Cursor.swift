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
