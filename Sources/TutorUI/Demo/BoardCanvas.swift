import TextKernel

/// A grid of terminal columns to draw the state board on. A wide character takes its column and blanks the
/// next, so boxes are placed by display width and Korean labels line up as English ones do.
struct BoardCanvas {
    /// One column: its text ("" when a wide character on its left covers it) and style.
    private struct Cell: Equatable {
        var text: String
        var style: Style
    }

    let width: Int
    let height: Int
    private var cells: [[Cell]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Array(repeating: Cell(text: " ", style: .plain), count: self.width), count: self.height)
    }

    /// Writes `text` from column `x` of row `y`, clipped at the right edge (a wide character that does not fit
    /// is left out).
    mutating func put(_ text: String, x: Int, y: Int, style: Style) {
        guard cells.indices.contains(y) else { return }
        var column = x
        for character in text {
            let wide = max(1, DisplayWidth.of(character))
            guard column >= 0, column + wide <= width else { column += wide; continue }
            cells[y][column] = Cell(text: String(character), style: style)
            for extra in 1..<wide { cells[y][column + extra] = Cell(text: "", style: style) }
            column += wide
        }
    }

    /// Re-styles columns already drawn (the highlighted arrow, a token in motion).
    mutating func restyle(x: Int, y: Int, style: Style) {
        guard cells.indices.contains(y), cells[y].indices.contains(x) else { return }
        cells[y][x].style = style
    }

    /// The rows as styled lines, neighbouring columns of one style joined into one span.
    func lines() -> [StyledLine] {
        cells.map { row in
            var line = StyledLine()
            for cell in row where !cell.text.isEmpty {
                if let last = line.spans.last, last.style == cell.style {
                    line.spans[line.spans.count - 1].text += cell.text
                } else {
                    line.spans.append(StyledSpan(cell.text, cell.style))
                }
            }
            return line
        }
    }
}
