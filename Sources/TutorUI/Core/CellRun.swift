/// Cells side by side on one row that a backend must write: `cells[i]` belongs at column `x + i`. A run may hold
/// the continuation half of a wide character it starts; a backend writes the wide character and skips the half.
public struct CellRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}
