/// Everything a key can ask for. The key table maps keys to these; `update` gives them meaning.
/// Named apart from ThreadModel's `Action` (a scenario verb), so the two never need a module prefix.
public enum KeyAction: Hashable, Sendable {
    // Steps and scrolling.
    case nextStep, previousStep
    case scrollUp, scrollDown, pageUp, pageDown, scrollTop, scrollBottom
    case switchFocus
    /// Run the lesson's Python example on screen under the tracer (`x`).
    case runExample
    // Demo pane; forwarded to it.
    case demo(DemoAction)
    // Challenge pane; handed to it.
    case challenge(ChallengeCommand)
    // Questions.
    case answer(Int)
    case confirm
    // Overlays and the app.
    case openMenu, openHelp, toggleNotes, closeOverlay
    case quit, suspend, redraw
    // Menu.
    case menuUp, menuDown, menuPageUp, menuPageDown, menuOpen, menuDeleteFilter
    // Resume prompt.
    case resumeYes, resumeNo
}
