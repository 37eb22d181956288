import TutorBasics

/// What `threadtutor check` says about a course's challenges: problems fail the check, warnings do not, and the
/// notes tell authors each challenge's shortest solution.
public struct ChallengeCheckReport: Hashable, Sendable {
    public var problems: [Diagnostic] = []
    public var warnings: [Diagnostic] = []
    public var notes: [Diagnostic] = []

    public init() {}
}
