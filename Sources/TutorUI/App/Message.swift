/// Everything that can happen to the app. `update` turns each into a new model and effects.
public enum Message: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// A frame timer fired. `stamp` names the timer: only the most recently armed one counts, so a tick
    /// armed before a pause cannot make playback run at double speed after it.
    case tick(stamp: Int, elapsedMilliseconds: Int)
    /// The terminal came back from Ctrl-Z; everything is redrawn.
    case resumed
    /// Saving progress failed, or the file was recovered; `text` is shown on the status line.
    case notice(String)
    /// News from a live run: it started or failed, or what its threads recorded since the last look (the
    /// runtime drains each run before every other message). News of a run no pane owns is dropped.
    case live(RunID, LiveUpdate)
    case quit
}
