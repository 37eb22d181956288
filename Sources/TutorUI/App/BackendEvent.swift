/// What a terminal backend reports: a key, a new size, or the end of input.
public enum BackendEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// Input is gone (the terminal closed); the app quits.
    case endOfInput
}
