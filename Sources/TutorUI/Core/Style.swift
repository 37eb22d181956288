/// How a cell is drawn: a colour role plus attributes that carry meaning without colour.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(_ role: ColorRole = .plain, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                dim: Bool = false, italic: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    public static let plain = Style()

    /// One character per attribute/role class, for style masks in snapshot tests.
    public var maskCharacter: Character {
        if reverse { return "R" }
        if bold { return "B" }
        if underline { return "U" }
        if dim { return "d" }
        if italic { return "i" }
        return role == .plain ? "." : "c"
    }
}
