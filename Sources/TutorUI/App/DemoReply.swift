/// What a demo pane answers to a key or to news from a live run: a line for the status bar, and the live
/// effects (start or stop a run) the app loop's runtime must carry out. The pane itself never starts a thread.
public struct DemoReply: Hashable, Sendable {
    public var status: String?
    /// Only `.startLive` and `.stopLive`.
    public var effects: [Effect]

    public init(status: String? = nil, effects: [Effect] = []) {
        self.status = status
        self.effects = effects
    }
}
