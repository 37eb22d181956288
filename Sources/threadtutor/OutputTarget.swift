import Foundation

/// What stdout is connected to, which decides between the full-screen tutorial and plain text.
enum OutputTarget {
    /// True when stdout is a terminal that can show the full-screen interface.
    static var isInteractiveTerminal: Bool {
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else { return false }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return !term.isEmpty && term != "dumb"
    }

    /// The width for plain output: `--width`, else $COLUMNS, else the terminal's, else 80.
    static func width(explicit: Int?) -> Int {
        if let explicit { return max(10, explicit) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return max(10, columns)
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
