/// Fills lines greedily with the words and spaces `WrapTokenizer` finds (the second half of `TextWrapper`).
///
/// Spaces are held back until the next word is known to fit on the same line, so no line starts or ends with
/// a space. Only a word wider than the whole line is cut, at grapheme cluster boundaries.
struct LineFiller {
    let width: Int
    let spans: [StyledSpan]
    /// The caller's lines, moved in so that finished lines are appended where they end up, not copied there.
    private var lines: [StyledLine]
    private let linesBefore: Int
    private var current: [WrapPiece] = []
    private var currentWidth = 0
    /// Spaces waiting for the next word: nearly always one run, so the first is kept out of an array (emptying
    /// an array for every word showed in profiles).
    private var pendingSpace: WrapPiece?
    private var morePendingSpaces: [WrapPiece] = []
    private var pendingWidth = 0

    /// Takes `lines` over (leaving it empty) so that this filler holds the only reference and appends in place.
    init(width: Int, spans: [StyledSpan], appendingTo lines: inout [StyledLine]) {
        self.width = width
        self.spans = spans
        self.lines = []
        swap(&self.lines, &lines)
        linesBefore = self.lines.count
    }

    /// Spaces at the start of a line are dropped.
    mutating func addSpace(_ piece: WrapPiece) {
        guard !current.isEmpty else { return }
        if var first = pendingSpace {
            if morePendingSpaces.isEmpty && first.absorb(piece) {
                pendingSpace = first
            } else {
                morePendingSpaces.appendMerging(piece)
            }
        } else {
            pendingSpace = piece
        }
        pendingWidth += piece.width
    }

    /// A word: its pieces (usually one, passed as `CollectionOfOne` without an array) and its width.
    mutating func addWord(_ word: some Collection<WrapPiece>, width wordWidth: Int) {
        if currentWidth + pendingWidth + wordWidth <= width {
            if let pendingSpace { current.appendMerging(pendingSpace) }
            for piece in morePendingSpaces { current.appendMerging(piece) }
            for piece in word { current.appendMerging(piece) }
            currentWidth += pendingWidth + wordWidth
        } else {
            flush()
            if wordWidth <= width {
                for piece in word { current.appendMerging(piece) }
                currentWidth = wordWidth
            } else {
                splitLongWord(word)
            }
        }
        clearPendingSpaces()
    }

    /// Hands the lines back: those given at the start followed by the finished ones (an empty text still gives
    /// one, empty, line).
    mutating func finish(into lines: inout [StyledLine]) {
        flush()
        if self.lines.count == linesBefore { self.lines.append(StyledLine()) }
        swap(&self.lines, &lines)
    }

    /// Cuts a word that is wider than a line, one grapheme cluster at a time (this is rare, so it may be slow).
    private mutating func splitLongWord(_ word: some Collection<WrapPiece>) {
        for piece in word {
            let text = spans[piece.span].text
            var offset = piece.start
            for character in AsciiRuns.slice(of: text, piece.start..<piece.end) {
                let length = character.utf8.count
                var unit = WrapPiece(span: piece.span, start: offset, end: offset + length,
                                     width: DisplayWidth.of(character))
                offset += length
                if unit.width > width {          // a wide character on a one-column line cannot be drawn
                    unit.width = 1
                    unit.substitute = .questionMark
                }
                if currentWidth + unit.width > width { flush() }
                current.appendMerging(unit)
                currentWidth += unit.width
            }
        }
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        lines.append(line(from: current))
        current.removeAll(keepingCapacity: true)
        currentWidth = 0
        clearPendingSpaces()
    }

    private mutating func clearPendingSpaces() {
        pendingSpace = nil
        if !morePendingSpaces.isEmpty { morePendingSpaces.removeAll(keepingCapacity: true) }
        pendingWidth = 0
    }

    /// The styled text of pieces; same-style neighbours merge into one span.
    private func line(from pieces: [WrapPiece]) -> StyledLine {
        var line = StyledLine()
        line.spans.reserveCapacity(pieces.count)      // at most one span per piece: no regrowing
        for piece in pieces {
            let style = spans[piece.span].style
            if let substitute = piece.substitute {
                line.append(substitute.text, style)
            } else {
                line.append(AsciiRuns.slice(of: spans[piece.span].text, piece.start..<piece.end), style)
            }
        }
        return line
    }
}
