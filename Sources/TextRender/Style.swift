/// What a piece of text *is* (its role) plus how it is drawn besides colour (its flags).
///
/// The UI maps roles to colours; the flags carry the same meaning without colour, so headings, links and
/// code stay recognisable on a monochrome terminal or a projector that washes colours out.
public struct Style: Hashable, Sendable {
    /// The meaning of a span; one colour per role in the UI's theme.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case normal
        case heading1, heading2, heading3
        case emphasis, strong, strikethrough
        case code, codeBlock
        case keyword, string, comment, number
        case link, linkURL, image
        case quote, listMarker, tableBorder, tableHeader, rule
        case continuation, muted
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

    public init(_ role: Role = .normal, flags: Flags? = nil) {
        self.role = role
        self.flags = flags ?? Style.defaultFlags(for: role)
    }

    /// Plain text.
    public static let normal = Style(.normal)

    /// The same style with extra flags.
    public func adding(_ extra: Flags) -> Style { Style(role, flags: flags.union(extra)) }

    /// The colour-independent attributes each role carries by default.
    public static func defaultFlags(for role: Role) -> Flags {
        switch role {
        case .heading1, .heading2: [.bold, .underline]
        case .heading3, .strong, .tableHeader: .bold
        case .emphasis, .quote: .italic
        case .strikethrough: .strikethrough
        case .link: .underline
        case .keyword: .bold
        case .comment, .linkURL, .image, .tableBorder, .rule, .continuation, .muted: .dim
        case .normal, .code, .codeBlock, .string, .number, .listMarker: []
        }
    }
}
