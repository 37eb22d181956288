/// Breadth-first search over a challenge's states, with a bound, for authors and for `threadtutor check`:
/// the shortest schedule to the goal, and whether the goal is reached whatever the learner does.
public enum ChallengeSolver {
    public static let defaultBound = 10_000

    /// A spin that finds its flag set leaves the state as it was, so it is a state already seen and costs the
    /// bound nothing; a thread spinning forever is a cycle, not an end, and does not make a goal "missable".
    public static func solve(_ engine: ChallengeEngine, goal: ChallengeGoal, bound: Int = defaultBound) -> ChallengeSolution {
        let engine = engine.watching(goal)
        let start = engine.initialState
        var seen: Set<ChallengeState> = [start]
        var parents: [ChallengeState: (ChallengeState, ThreadID)] = [:]
        var frontier = [start]
        var shortest: [ThreadID]?
        var escapes = false
        var boundHit = false
        var head = 0
        while head < frontier.count {
            let state = frontier[head]
            head += 1
            if goal.isReached(in: state, engine: engine) {
                if shortest == nil { shortest = path(to: state, parents: parents) }
                // A path that reaches the goal stops there: what follows does not count against `forced`.
                continue
            }
            let moves = engine.legalMoves(in: state)
            // A state that ends without the goal is a schedule that misses it.
            if moves.isEmpty { escapes = true }
            for thread in moves {
                let next = engine.successor(of: state, moving: thread)
                guard !seen.contains(next) else { continue }
                guard seen.count < bound else { boundHit = true; continue }
                seen.insert(next)
                parents[next] = (state, thread)
                frontier.append(next)
            }
        }
        return ChallengeSolution(shortest: shortest, forced: shortest != nil && !escapes && !boundHit, explored: seen.count, boundHit: boundHit)
    }

    static func path(to state: ChallengeState, parents: [ChallengeState: (ChallengeState, ThreadID)]) -> [ThreadID] {
        var moves: [ThreadID] = []
        var current = state
        while let (parent, thread) = parents[current] {
            moves.append(thread)
            current = parent
        }
        return moves.reversed()
    }
}
