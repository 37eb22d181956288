import TextKernel

/// A grid of cells that views draw into. Every write is clipped: out-of-bounds coordinates are ignored,
/// never a trap, so a view cannot crash the program on a small or oddly sized terminal.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    /// The cell at (x, y), or a blank cell outside the buffer.
    public subscript(x x: Int, y y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Puts one character at (x, y), keeping wide characters whole. Returns its width in columns
    /// (0 when nothing was drawn). A wide character that does not fit in `clip` becomes a space.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        let width = DisplayWidth.of(character)
        guard width > 0, bounds.contains(x: x, y: y) else { return width }
        if width == 2 && !bounds.contains(x: x + 1, y: y) {
            setRaw(x: x, y: y, Cell(" ", style: style))
            return 1
        }
        setRaw(x: x, y: y, Cell(String(character), style: style))
        if width == 2 { setRaw(x: x + 1, y: y, .continuation(style)) }
        return width
    }

    /// Writes text from (x, y) on one row, clipped to `clip` (or the buffer). Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        var column = x
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            column += put(character, x: column, y: y, style: style, clip: clip)
        }
        return column
    }

    /// Writes styled spans from (x, y); returns the column after them.
    @discardableResult
    public mutating func write(_ line: StyledLine, x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for span in line.spans { column = write(span.text, x: column, y: y, style: span.style, clip: clip) }
        return column
    }

    /// Fills a rectangle (clipped) with one narrow character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setRaw(x: x, y: y, Cell(String(character), style: style)) }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { change(&cells[y * size.width + x].style) }
        }
    }

    /// Draws a box outline with box-drawing characters (the ncurses backend turns them into ACS lines).
    public mutating func box(_ rect: Rect, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            put("─", x: x, y: rect.y, style: style)
            put("─", x: x, y: rect.maxY - 1, style: style)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: rect.maxX - 1, y: y, style: style)
        }
        put("┌", x: rect.x, y: rect.y, style: style)
        put("┐", x: rect.maxX - 1, y: rect.y, style: style)
        put("└", x: rect.x, y: rect.maxY - 1, style: style)
        put("┘", x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    }

    /// The text of one row, continuation cells skipped, so wide characters read naturally.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        return (0..<size.width).reduce(into: "") { $0 += self[x: $1, y: y].text }
    }

    /// One mask character per column of a row (see `Style.maskCharacter`), for snapshots of styling.
    public func rowMask(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        return String((0..<size.width).map { self[x: $0, y: y].style.maskCharacter })
    }

    /// Sets a cell, first blanking any wide character it would cut in half.
    private mutating func setRaw(x: Int, y: Int, _ cell: Cell) {
        let index = y * size.width + x
        if cells[index].isContinuation, !cell.isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !cells[index].isContinuation, x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
