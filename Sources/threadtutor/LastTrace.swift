import Foundation

/// The trace `threadtutor trace` started in the pane, kept so the command can say how it ended once the pane is
/// closed (the starter is a Sendable closure, so the reference lives in a locked box).
final class LastTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: TraceDemoSource?

    var source: TraceDemoSource? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
