/// One list item; `task` is set for GFM task list items (`- [ ]` / `- [x]`).
public struct ListItem: Hashable, Sendable {
    public enum Task: Hashable, Sendable { case open, done }

    public var task: Task?
    public var blocks: [Block]

    public init(task: Task? = nil, blocks: [Block]) {
        self.task = task
        self.blocks = blocks
    }
}
