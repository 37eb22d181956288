import Foundation
import TutorBasics

/// The costly part of a lesson — its steps, demos and quizzes, and the problems found in them — read the first
/// time anyone asks, once, from whichever thread asks. Start-up then reads only the front matter of every lesson
/// and the body of the one lesson it shows; the menu, `check` and `list` read the rest when they need it.
///
/// `@unchecked Sendable`: the only mutable state is `state`, and it is only touched under `lock`.
final class LessonBody: @unchecked Sendable {
    struct Content: Hashable, Sendable {
        var steps: [Step]
        var diagnostics: [Diagnostic]
    }

    private enum State {
        case pending(@Sendable () -> Content)
        case read(Content)
    }

    private let lock = NSLock()
    private var state: State

    /// A body read later by `read`.
    init(reading read: @escaping @Sendable () -> Content) {
        state = .pending(read)
    }

    /// A body that is already known.
    init(_ content: Content) {
        state = .read(content)
    }

    /// Whether the body has been read (for tests of what start-up reads).
    var isRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        if case .read = state { return true }
        return false
    }

    var content: Content {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .read(let content):
            return content
        case .pending(let read):
            let content = read()
            state = .read(content)
            return content
        }
    }
}

extension LessonBody: Hashable {
    static func == (lhs: LessonBody, rhs: LessonBody) -> Bool {
        lhs === rhs || lhs.content == rhs.content
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(content)
    }
}
