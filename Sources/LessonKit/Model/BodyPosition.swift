/// A line and column inside a lesson body (the text after the front matter), both 1-based.
struct BodyPosition: Hashable, Sendable {
    var line: Int
    var column: Int
}
