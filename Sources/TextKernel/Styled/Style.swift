/// How a run of text is drawn: a role (what the text is; a theme gives each role its colour) and flags
/// (attributes that carry meaning without colour, so headings, links and code stay recognisable on a
/// monochrome terminal or a projector that washes colours out).
///
/// One type for lesson text and for the screen: `TextRender` uses the markup roles, the UI's views the screen
/// roles, and the UI maps lesson text's markup roles onto its screen roles before drawing (`StepText`).
/// `Style(role)` has no flags; `Style.markup(role)` has the flags Markdown of that kind carries by default.
public struct Style: Hashable, Sendable {
    /// The meaning of a span. The screen roles come first: the curses palette numbers its colour pairs in
    /// this order.
    public enum Role: Hashable, Sendable, CaseIterable {
        // Screen roles (the UI's palette); `plain`, `code`, `emphasis`, `link` and `muted` serve markup too.
        case plain, heading, code, emphasis, link, muted, accent
        case titleBar, keyName, selection, correct, wrong, warning
        case threadCreated, threadReady, threadRunning, threadBlocked, threadTerminated
        // Markup roles (lesson text as TextRender lays it out).
        case heading1, heading2, heading3, strong, strikethrough, codeBlock
        case keyword, string, comment, number
        case linkURL, image, quote, listMarker, tableBorder, tableHeader, rule, continuation
    }

    /// Drawing attributes that do not depend on colour.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Flags(rawValue: 1 << 0)
        public static let dim = Flags(rawValue: 1 << 1)
        public static let italic = Flags(rawValue: 1 << 2)
        public static let underline = Flags(rawValue: 1 << 3)
        public static let reverse = Flags(rawValue: 1 << 4)
        public static let strikethrough = Flags(rawValue: 1 << 5)
    }

    public var role: Role
    public var flags: Flags

    public init(_ role: Role, flags: Flags) {
        self.role = role
        self.flags = flags
    }

    /// A style from attributes one by one (the screen's way of writing styles).
    public init(_ role: Role = .plain, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                dim: Bool = false, italic: Bool = false) {
        var flags: Flags = []
        if bold { flags.insert(.bold) }
        if underline { flags.insert(.underline) }
        if reverse { flags.insert(.reverse) }
        if dim { flags.insert(.dim) }
        if italic { flags.insert(.italic) }
        self.init(role, flags: flags)
    }

    /// Plain text.
    public static let plain = Style()

    /// Text of a Markdown kind with the flags that kind carries by default (`markupFlags`).
    public static func markup(_ role: Role) -> Style { Style(role, flags: markupFlags(for: role)) }

    /// The same style with extra flags.
    public func adding(_ extra: Flags) -> Style { Style(role, flags: flags.union(extra)) }

    /// The colour-independent attributes each markup role carries by default.
    public static func markupFlags(for role: Role) -> Flags {
        switch role {
        case .heading1, .heading2: [.bold, .underline]
        case .heading3, .strong, .tableHeader: .bold
        case .emphasis, .quote: .italic
        case .strikethrough: .strikethrough
        case .link: .underline
        case .keyword: .bold
        case .comment, .linkURL, .image, .tableBorder, .rule, .continuation, .muted: .dim
        default: []
        }
    }

    public var bold: Bool {
        get { flags.contains(.bold) }
        set { set(.bold, newValue) }
    }
    public var underline: Bool {
        get { flags.contains(.underline) }
        set { set(.underline, newValue) }
    }
    public var reverse: Bool {
        get { flags.contains(.reverse) }
        set { set(.reverse, newValue) }
    }
    public var dim: Bool {
        get { flags.contains(.dim) }
        set { set(.dim, newValue) }
    }
    public var italic: Bool {
        get { flags.contains(.italic) }
        set { set(.italic, newValue) }
    }

    private mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }
}
