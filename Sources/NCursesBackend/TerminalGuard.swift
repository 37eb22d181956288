import CNcursesw

/// Restores the terminal when the program ends in any way: normally, by Ctrl-C/SIGTERM/SIGHUP, or by a
/// crash. The signal handler is C code in the shim (only async-signal-safe calls: write, tcsetattr);
/// this is the only Swift file that touches its state (see the note in shim.h).
enum TerminalGuard {
    /// Saves the terminal settings as they are now (call before curses changes them) and installs the
    /// handlers. Install first so that ncurses, seeing our handlers, does not add its own for these signals.
    static func arm() {
        tt_guard_save_termios(STDIN_FILENO)
        _ = tt_guard_install()
    }

    /// Sets what the handler writes to undo curses' screen changes.
    static func setRestoreSequence(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                tt_guard_set_sequence($0, buffer.count)
            }
        }
    }

    /// Puts the saved terminal settings back (after endwin, to be exact about every mode bit).
    static func restoreSettings() {
        tt_guard_set_sequence(nil, 0)
        tt_guard_restore()
    }

    static func disarm() { tt_guard_uninstall() }

    /// Stops the process like Ctrl-Z; returns after `fg`.
    static func stopSelf() { tt_stop_self() }
}
