/// A place in a source file, 1-based, printed the way editors and compilers do: `path:line:col`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    /// The same file, `lines` further down; used when YAML inside a fence reports positions
    /// relative to the fence and we want them relative to the file.
    public func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: newColumn ?? column)
    }
}
