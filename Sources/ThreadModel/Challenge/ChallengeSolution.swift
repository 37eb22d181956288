/// What the solver found: the shortest schedule to the goal (nil when none within the bound), and whether the
/// goal is forced (every schedule reaches it: no challenge, the learner cannot miss).
public struct ChallengeSolution: Hashable, Sendable {
    public var shortest: [ThreadID]?
    public var forced: Bool
    /// States looked at; equal to the bound when the search stopped early.
    public var explored: Int
    /// The search stopped at its bound before it had seen every state, so "unreachable" means "not found".
    public var boundHit: Bool

    public init(shortest: [ThreadID]?, forced: Bool, explored: Int, boundHit: Bool) {
        self.shortest = shortest
        self.forced = forced
        self.explored = explored
        self.boundHit = boundHit
    }
}
