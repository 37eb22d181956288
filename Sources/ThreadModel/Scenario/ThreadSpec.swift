import TutorBasics

/// A thread the scenario declares.
public struct ThreadSpec: Hashable, Sendable {
    public var name: String
    public var start: StartMode
    public var actions: [Action]
    /// Where the thread is declared, for diagnostics.
    public var location: SourceLocation?

    public init(name: String, start: StartMode = .immediately, actions: [Action], location: SourceLocation? = nil) {
        self.name = name
        self.start = start
        self.actions = actions
        self.location = location
    }
}
