/// What a session writes to the progress file.
public enum ProgressPolicy: Hashable, Sendable {
    /// Position, completed lessons and quiz results.
    case full
    /// Replaying one named lesson: only the last position.
    case positionOnly
    /// Presenter mode: nothing.
    case none
}
