/// How large the boxed state board is drawn: the everyday size, or larger ones for presenter mode (read from the
/// back of a room), tried largest first until one fits the pane.
///
///     +-------------+       +-------------+
///     |             |       |             |
///     |   CREATED   |------>|    READY    |
///     |             |       |             |
///     |             |       |   >1 main   |
///     ...
struct BoardScale: Equatable {
    /// Blank columns each side of a box's widest line.
    let padding: Int
    /// Columns between neighbouring boxes, arrowhead included.
    let gap: Int
    /// A blank row above the label, under it, between tokens and under the last; labels bold, in capitals where
    /// the language has them.
    let airy: Bool
    /// A blank row between tokens (airy boards only); without it, tokens stand on consecutive rows.
    var spaced = true

    static let normal = BoardScale(padding: 0, gap: 3, airy: false)
    /// Presenter mode on a wide pane (200×60).
    static let large = BoardScale(padding: 2, gap: 8, airy: true)
    static let roomy = BoardScale(padding: 1, gap: 5, airy: true)
    /// Presenter mode on a 120×40 terminal's pane: everyday widths, airy rows.
    static let snug = BoardScale(padding: 1, gap: 3, airy: true)

    /// The scales to try, largest first: each airy size with its tokens spaced, then (more threads than rows)
    /// with its tokens on consecutive rows.
    static func tried(present: Bool) -> [BoardScale] {
        guard present else { return [.normal] }
        let sizes = [large, roomy, snug]
        return sizes + sizes.map { BoardScale(padding: $0.padding, gap: $0.gap, airy: true, spaced: false) } + [.normal]
    }

    /// The label's row inside a box.
    var labelRow: Int { airy ? 2 : 1 }
    /// The row of the running -> ready arrow, under the forward arrows (on the label row).
    var backRow: Int { airy ? 4 : 2 }
    /// The row inside a box of its `index`th token.
    func tokenRow(_ index: Int) -> Int { airy ? 4 + (spaced ? 2 : 1) * index : 2 + index }
    /// A box's height with `tokenRows` token rows, borders included.
    func boxHeight(tokenRows: Int) -> Int { airy ? (spaced ? 2 * tokenRows + 5 : tokenRows + 6) : tokenRows + 3 }
    /// Token rows that fit two stacks of boxes (and the rows between them) into `rows` (the everyday board's
    /// long-standing count, which can ask one too many; the board then tries shorter names and the column).
    func tokenRowsFitting(_ rows: Int) -> Int {
        guard airy else { return (rows - 6) / 2 }
        return spaced ? (rows - stackGap - 10) / 4 : (rows - stackGap - 12) / 2
    }
    /// Rows between the row of boxes and the blocked box under it.
    var stackGap: Int { airy ? 2 : 1 }
}
