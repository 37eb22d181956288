/// A numbered group of lessons; its title comes from the language folder's course file.
public struct Chapter: Hashable, Sendable {
    public var number: Int
    public var title: String
    public var lessons: [Lesson]

    public init(number: Int, title: String, lessons: [Lesson]) {
        self.number = number
        self.title = title
        self.lessons = lessons
    }
}
