import TextKernel

/// One terminal cell. A wide character occupies its lead cell plus a continuation cell to its right,
/// which holds no text of its own.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, or "" for the continuation half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell("", style: style) }

    public var isContinuation: Bool { text.isEmpty }
}
