/// An ordered or unordered list; items hold blocks, so lists nest.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]

    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}
