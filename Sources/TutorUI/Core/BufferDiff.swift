/// What changed between the screen on the terminal and the next one, as runs of cells to write. Pure, so the
/// rules about wide characters are tested here rather than by watching a terminal (ratatui's buffer diff).
public enum BufferDiff {
    /// The runs to write so a terminal showing `previous` shows `next`. With no previous screen, or one of
    /// another size (a resize), every cell is written, one run per row.
    ///
    /// A cell is written when it differs from the cell that was there. A continuation half is never written
    /// by itself: it goes with its wide character, and when only the half changed there is nothing to draw.
    /// A wide character replaced by a narrow one leaves its old half behind as a changed cell of its own, so
    /// the column after it is repainted too.
    public static func runs(from previous: Buffer?, to next: Buffer) -> [CellRun] {
        let width = next.size.width
        guard let previous, previous.size == next.size else {
            return (0..<next.size.height).map { y in
                CellRun(x: 0, y: y, cells: Array(next.cells[y * width..<(y + 1) * width]))
            }
        }
        var runs: [CellRun] = []
        for y in 0..<next.size.height {
            let row = y * width
            var x = 0
            while x < width {
                guard mustWrite(row + x, previous, next) else {
                    x += 1
                    continue
                }
                let start = x
                x += 1
                while x < width, mustWrite(row + x, previous, next) || next.cells[row + x].isContinuation {
                    x += 1
                }
                runs.append(CellRun(x: start, y: y, cells: Array(next.cells[row + start..<row + x])))
            }
        }
        return runs
    }

    /// A lead or narrow cell that differs from what the terminal shows.
    private static func mustWrite(_ index: Int, _ previous: Buffer, _ next: Buffer) -> Bool {
        let cell = next.cells[index]
        return !cell.isContinuation && cell != previous.cells[index]
    }
}
