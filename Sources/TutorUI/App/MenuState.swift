/// The lesson menu: the filter typed so far and the highlighted lesson (an index into the course's lessons).
public struct MenuState: Hashable, Sendable {
    public var filter: String
    public var selected: Int?

    public init(filter: String = "", selected: Int?) {
        self.filter = filter
        self.selected = selected
    }
}
