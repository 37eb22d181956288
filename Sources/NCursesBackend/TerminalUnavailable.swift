/// The terminal cannot run a full-screen interface (not a terminal, TERM=dumb, or no cursor addressing).
public struct TerminalUnavailable: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var description: String { reason }
}
