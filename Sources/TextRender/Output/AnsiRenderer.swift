import TextKernel

/// Turns styled lines into text for stdout (`threadtutor show`), with SGR colours and attributes or without.
///
/// Every span is sanitised here (the second of the two places, after loading), so no escape sequence reaches the
/// terminal even if a caller built spans by hand. Whether colour is wanted (`--color auto`, NO_COLOR, a terminal
/// or a pipe) is the caller's decision.
public struct AnsiRenderer: Sendable {
    /// Whether to emit SGR sequences.
    public enum ColorMode: String, Hashable, Sendable, CaseIterable {
        case always, never
    }

    public var color: ColorMode

    public init(color: ColorMode) { self.color = color }

    /// All lines, each ended by a newline; trailing spaces removed.
    /// Written into one growing String.
    public func render(_ lines: [StyledLine]) -> String {
        var output = ""
        for line in lines {
            write(line, to: &output)
            output += "\n"
        }
        return output
    }

    /// One line without a newline.
    public func render(_ line: StyledLine) -> String {
        var output = ""
        write(line, to: &output)
        return output
    }

    private func write(_ line: StyledLine, to output: inout String) {
        for span in line.trimmingTrailingSpaces().spans {
            let text = TextSanitizer.clean(span.text)
            guard !text.isEmpty else { continue }
            let codes = color == .always && !Self.isInvisible(text, span.style) ? Self.sgrCodes(for: span.style) : []
            if codes.isEmpty {
                output += text
            } else {
                output += "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
                output += text
                output += "\u{1B}[0m"
            }
        }
    }

    /// Spaces look the same in any colour; only underline, reverse and strikethrough show on them.
    private static func isInvisible(_ text: String, _ style: Style) -> Bool {
        style.flags.isDisjoint(with: [.underline, .reverse, .strikethrough]) && text.allSatisfy { $0 == " " }
    }

    /// SGR parameters: attributes from the flags, then a foreground colour from the role (basic 16 colours,
    /// which every terminal and every user theme maps to something readable).
    public static func sgrCodes(for style: Style) -> [Int] {
        var codes: [Int] = []
        if style.flags.contains(.bold) { codes.append(1) }
        if style.flags.contains(.dim) { codes.append(2) }
        if style.flags.contains(.italic) { codes.append(3) }
        if style.flags.contains(.underline) { codes.append(4) }
        if style.flags.contains(.reverse) { codes.append(7) }
        if style.flags.contains(.strikethrough) { codes.append(9) }
        if let colour = foreground(for: style.role) { codes.append(colour) }
        return codes
    }

    /// The SGR foreground colour (30–37, 90–97) for a role, or nil for the terminal's default; the curses UI
    /// can use the same palette (colour number = code − 30, or − 90 + 8 for the bright ones).
    public static func foreground(for role: Style.Role) -> Int? {
        switch role {
        case .heading1: 35                   // magenta
        case .heading2, .heading3: 36        // cyan
        case .code, .codeBlock: 33           // yellow
        case .keyword: 34                    // blue
        case .string: 32                     // green
        case .number: 35
        case .comment, .muted, .linkURL, .image, .continuation, .rule, .tableBorder: 90   // bright black
        case .link: 34
        case .quote: 37
        case .listMarker: 36
        case .plain, .emphasis, .strong, .strikethrough, .tableHeader: nil
        case .heading, .accent, .titleBar, .keyName, .selection, .correct, .wrong, .warning,
             .threadCreated, .threadReady, .threadRunning, .threadBlocked, .threadTerminated: nil   // the UI's roles
        }
    }
}
