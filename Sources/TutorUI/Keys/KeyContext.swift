/// Which part of the interface is reading keys. Within one context no key means two things; a context
/// listed in `shadows` may take over a few keys of the one beneath it (an open quiz owns 1–9 and Enter).
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    /// Reading a lesson (also the fallback for the other lesson contexts).
    case lesson
    /// A quiz or prediction is open: it owns the number keys and Enter.
    case question
    /// Presenter mode: PgUp/PgDn step, as clickers send them, and speaker notes.
    case presenter
    /// A challenge pane is shown (the learner is the scheduler): it owns 1–9 (run that thread), `u` undo,
    /// `r` restart and `h` next hint, shadowing the lesson's demo keys and `h` as "previous step".
    case challenge
    case menu
    case help
    case resume
}
