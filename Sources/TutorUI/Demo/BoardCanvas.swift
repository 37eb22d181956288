import TextKernel

/// A grid of terminal columns to draw the state board on. A wide character takes its column and blanks the
/// next, so boxes are placed by display width and Korean labels line up as English ones do.
struct BoardCanvas {
    let width: Int
    let height: Int
    /// Row-major columns: the character drawn there, nil when a wide character on its left covers it.
    /// Characters and styles in flat arrays, not a cell of String per column: the board is redrawn every frame.
    private var characters: [Character?]
    private var styles: [Style]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        characters = Array(repeating: " ", count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    /// Writes `text` from column `x` of row `y`, clipped at the edges (a wide character that does not fit is
    /// left out).
    mutating func put(_ text: String, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        let row = y * width
        var column = x
        for character in text {
            let wide = character.isASCII ? 1 : max(1, DisplayWidth.of(character))
            guard column >= 0, column + wide <= width else { column += wide; continue }
            characters[row + column] = character
            styles[row + column] = style
            for extra in 1..<wide {
                characters[row + column + extra] = nil
                styles[row + column + extra] = style
            }
            column += wide
        }
    }

    /// The rows as styled lines, neighbouring columns of one style joined into one span.
    func lines() -> [StyledLine] {
        (0..<height).map { y in
            var line = StyledLine()
            var text = ""
            var current = Style.plain
            for index in (y * width)..<((y + 1) * width) {
                guard let character = characters[index] else { continue }
                if styles[index] != current {
                    if !text.isEmpty { line.spans.append(StyledSpan(text, current)) }
                    text = ""
                    current = styles[index]
                }
                text.append(character)
            }
            if !text.isEmpty { line.spans.append(StyledSpan(text, current)) }
            return line
        }
    }
}
