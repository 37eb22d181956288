import TutorBasics

/// The terminal cannot run a full-screen interface (not a terminal, TERM=dumb, or no cursor addressing).
/// The reason is a phrase, so the executable says it in the course language.
public struct TerminalUnavailable: Error, CustomStringConvertible, Sendable {
    public var reason: Phrase
    public var description: String { Catalog(.en)(reason) }
}
