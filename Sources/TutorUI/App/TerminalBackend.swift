/// A terminal the app loop can drive. Only backends touch a real terminal; everything else draws Buffers.
public protocol TerminalBackend {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a buffer. A backend may write only the cells that changed since the last draw.
    mutating func draw(_ buffer: Buffer)
    /// Forgets what is on screen, so the next draw repaints every cell.
    mutating func invalidate()
    /// Waits for the next event up to `timeoutMilliseconds` (nil: wait as long as it takes).
    /// Returns nil when the time ran out.
    mutating func nextEvent(timeoutMilliseconds: Int?) -> BackendEvent?
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); returns after `fg`.
    mutating func suspend()
}
