import TutorBasics

/// A thread the scenario declares.
public struct ThreadSpec: Hashable, Sendable {
    public var name: String
    public var start: StartMode
    public var actions: [Action]
    /// Where the thread is declared, for diagnostics.
    public var location: SourceLocation?
    /// `code:`, the Python source the thread stands for, a line each (a challenge shows it; a demo ignores it).
    public var code: [String] = []
    /// For each action, the 0-based index in `code` of the line its `@N` names; empty when no action has one.
    public var actionLines: [Int?] = []

    public init(name: String, start: StartMode = .immediately, actions: [Action], location: SourceLocation? = nil) {
        self.name = name
        self.start = start
        self.actions = actions
        self.location = location
    }
}
