/// A work item for a pool. `count: N` in the file defines tasks NAME1…NAMEN sharing `group` NAME.
public struct TaskSpec: Hashable, Sendable {
    public var name: String
    /// The group a counted task belongs to (nil for a single task).
    public var group: String?
    public var actions: [Action]

    public init(name: String, group: String? = nil, actions: [Action]) {
        self.name = name
        self.group = group
        self.actions = actions
    }
}
