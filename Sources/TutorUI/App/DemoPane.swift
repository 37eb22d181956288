/// The demo pane's content. The framework owns layout, focus, keys and ticks; a demo pane owns what
/// the demo shows and how it plays. `DemoPlaceholder` stands in until the real one is plugged in through
/// `Model.demoFactory`.
public protocol DemoPane: Sendable {
    /// A one-line title for the pane header.
    var title: String { get }
    /// True while playback runs: the app loop then sends ticks, one frame apart.
    var isPlaying: Bool { get }
    /// True while the pane asks a question (a prediction): number keys and Enter then go to it.
    var isAsking: Bool { get }
    /// Carries out an action; returns a message for the status line, if there is something to say
    /// (for example that live mode is not available here).
    mutating func perform(_ action: DemoAction) -> String?
    /// Moves playback on by wall-clock milliseconds (the pane applies its own playback speed).
    mutating func advance(milliseconds: Int)
    func draw(into buffer: inout Buffer, area: Rect, context: DemoContext)
}
