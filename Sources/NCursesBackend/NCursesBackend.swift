import CNcursesw
import Glibc
import TutorUI

/// Draws buffers with ncursesw and reads keys, resizes and the mouse wheel. Only the executable makes one,
/// and only the UI thread calls it. The terminal is restored by `close()`, and by signal handlers if the
/// process dies first.
public final class NCursesBackend: TerminalBackend {
    /// True when the locale is not UTF-8: the app must draw ASCII only.
    public let asciiOnly: Bool
    private let palette: ColorPalette
    private let window: UnsafeMutablePointer<WINDOW>
    private var screenPointer: OpaquePointer?
    private var previous: Buffer?
    private var closed = false

    /// Takes over the terminal. Throws `TerminalUnavailable` when stdin/stdout is not a terminal or the
    /// terminal cannot address the cursor (TERM=dumb); the caller then prints plain text instead.
    public init(colorMode: ColorMode = .auto, mouse: Bool = true,
                environment: [String: String] = NCursesBackend.processEnvironment()) throws {
        asciiOnly = !Self.setUpLocale()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(reason: .terminalNotATerminal)
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw TerminalUnavailable(reason: .terminalCannotDraw(term: term)) }
        // In a UTF-8 locale, draw lines as Unicode box characters rather than the VT100 alternate character set:
        // terminals (and tmux panes) whose TERM promises ACS but do not switch charsets show "qqqq" instead.
        if !asciiOnly, environment["NCURSES_NO_UTF8_ACS"] == nil { setenv("NCURSES_NO_UTF8_ACS", "1", 1) }
        TerminalGuard.arm()
        guard let screen = newterm(nil, tt_stdout(), tt_stdin()) else {
            TerminalGuard.disarm()
            throw TerminalUnavailable(reason: .terminalUnknown(term: term))
        }
        screenPointer = screen
        guard "cup".withCString({ tt_tigetstr($0) }) != nil, let window = tt_stdscr() else {
            endwin()
            delscreen(screen)
            TerminalGuard.restoreSettings()
            TerminalGuard.disarm()
            throw TerminalUnavailable(reason: .terminalCannotMoveCursor(term: term))
        }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        palette = ColorPalette(mode: colorMode, environment: environment)
        if mouse { mousemask(tt_button4_pressed() | tt_button5_pressed(), nil) }
        TerminalGuard.setRestoreSequence(Self.restoreSequence(mouse: mouse))
    }

    deinit { close() }

    /// Gives the terminal back exactly as it was. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        TerminalGuard.restoreSettings()
        TerminalGuard.disarm()
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
    }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    public func invalidate() {
        previous = nil
        clearok(tt_curscr(), true)
    }

    /// Writes only what `BufferDiff` says changed since the last buffer drawn, then updates the screen once.
    public func draw(_ buffer: Buffer) {
        if previous?.size != buffer.size { werase(window) }
        for run in BufferDiff.runs(from: previous, to: buffer) {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                put(cell, x: run.x + offset, y: run.y)
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        wattr_set(window, palette.attributes(cell.style), palette.pair(cell.style.role), nil)
        wmove(window, Int32(y), Int32(x))
        if let line = Self.lineDrawing(cell.text) {
            waddch(window, line)
            return
        }
        var text = cell.text
        if asciiOnly, !text.allSatisfy(\.isASCII) { text = "?" }
        let scalars = text.unicodeScalars
        if scalars.count == 1, var single = scalars.first.map({ wchar_t(bitPattern: $0.value) }) {
            waddnwstr(window, &single, 1)      // most cells: one code point, no array
            return
        }
        var wide = scalars.map { wchar_t(bitPattern: $0.value) }
        waddnwstr(window, &wide, Int32(wide.count))
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> BackendEvent? {
        wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1))
        var failures = 0
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == ERR {
                // A timeout, or a signal interrupted the wait. In blocking mode, repeated errors mean
                // input is gone (the terminal closed).
                if timeoutMilliseconds == nil, errno != EINTR {
                    failures += 1
                    if failures > 20 { return .endOfInput }
                    continue
                }
                return nil
            }
            if result == KEY_CODE_YES {
                let key = Int32(code)
                if key == KEY_RESIZE { return .resize(size) }
                if key == KEY_MOUSE, let wheel = wheel() { return .key(wheel) }
                if let decoded = KeyDecoder.function(key) { return .key(decoded) }
                continue
            }
            if let decoded = KeyDecoder.character(UInt32(code)) { return .key(decoded) }
        }
    }

    private func wheel() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & tt_button4_pressed() != 0 { return .wheelUp }
        if tt_button5_pressed() != 0, event.bstate & tt_button5_pressed() != 0 { return .wheelDown }
        return nil
    }

    /// Ctrl-Z: restore the terminal, stop, and on `fg` take it back and repaint everything.
    public func suspend() {
        endwin()
        TerminalGuard.stopSelf()
        previous = nil
        clearok(tt_curscr(), true)
        wrefresh(window)
    }

    /// The setlocale dance: a UTF-8 locale already in effect, else the user's locale, else C.UTF-8 (locales such as ko_KR.UTF-8 are often not
    /// installed, and without a UTF-8 locale ncursesw garbles Hangul). Returns true for UTF-8.
    static func setUpLocale() -> Bool {
        // A UTF-8 locale chosen earlier (the command line may already have set one) is kept.
        if tt_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_ALL, "") == nil || tt_codeset_is_utf8() == 0 {
            let names: [String] = ["LC_ALL", "LC_CTYPE", "LANG"]
            let wantsUTF8 = names.contains { name in
                (getenv(name).map { String(cString: $0) } ?? "").lowercased().contains("utf")
            }
            if wantsUTF8 || setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        }
        return tt_codeset_is_utf8() != 0
    }

    /// What the signal handler writes: attributes off, mouse off, keypad off, cursor on, leave the
    /// alternate screen.
    static func restoreSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "rmkx", "cnorm", "rmcup"] {
            if let value = capability.withCString({ tt_tigetstr($0) }) { bytes += Array(String(cString: value).utf8) }
            if capability == "sgr0", mouse { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        }
        return bytes
    }

    /// The ACS character for a box-drawing character, if it is one.
    static func lineDrawing(_ text: String) -> chtype? {
        // Box drawing lives at U+2500…U+257F (UTF-8 lead byte 0xE2); every other cell skips the comparisons.
        guard text.utf8.first == 0xE2 else { return nil }
        return switch text {
        case "─": tt_acs_hline()
        case "│": tt_acs_vline()
        case "┌": tt_acs_ulcorner()
        case "┐": tt_acs_urcorner()
        case "└": tt_acs_llcorner()
        case "┘": tt_acs_lrcorner()
        case "├": tt_acs_ltee()
        case "┤": tt_acs_rtee()
        case "┬": tt_acs_ttee()
        case "┴": tt_acs_btee()
        case "┼": tt_acs_plus()
        default: nil
        }
    }

    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// The ncurses version, for `--version` style reports.
    public static func version() -> String { String(cString: curses_version()) }
}
