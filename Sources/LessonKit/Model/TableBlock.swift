/// A GFM table: a header row, body rows, and one alignment per column.
public struct TableBlock: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case none, left, center, right }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
