import TextKernel

extension Style {
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
