/// What the demo pane is asked to do. The pane owns the meaning; until a demo exists these do nothing.
public enum DemoAction: Hashable, Sendable {
    case playPause
    case stepForward, stepBack
    case nextOfThread, previousOfThread
    case faster, slower
    case restart
    case switchMode
    case newSeed
    /// The step's next demo, when a step has more than one.
    case nextDemo
    /// Board, lanes, log or all of them: one part alone when the pane is small.
    case switchView
    case selectThread(Int)
    /// An answer to the pane's own question (a prediction), 1-based.
    case answer(Int)
    case confirm
    case scrollUp, scrollDown, pageUp, pageDown, scrollTop, scrollBottom
}
