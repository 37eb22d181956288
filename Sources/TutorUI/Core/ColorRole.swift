/// What a piece of text is, so a backend can pick a colour for it. Meaning never rests on colour alone:
/// every role that matters also has a glyph or an attribute.
public enum ColorRole: Hashable, Sendable, CaseIterable {
    case plain
    case heading
    case code
    case emphasis
    case link
    case muted
    case accent
    case titleBar
    case keyName
    case selection
    case correct
    case wrong
    case warning
    // Thread states, for the demo pane.
    case threadCreated
    case threadReady
    case threadRunning
    case threadBlocked
    case threadTerminated
}
