import TextKernel
import ThreadModel

/// The state board for narrow panes: ready, running and terminated in a column, created beside ready and
/// blocked beside running, so a pane of about 40 columns still shows boxes and arrows.
///
///     +-------+   +--------+
///     |created|-->| ready  |<------.
///     +-------+   | 2 B    |       |
///                 +--------+       |
///                   |    ^         |
///                   v    |         |
///                 +--------+   +-------+
///                 |running |-->|blocked|
///                 |>1 A    |   |       |
///                 +--------+   +-------+
///                     |
///                     v
///                 +----------+
///                 |terminated|
///                 +----------+
extension StateBoardView {
    static func column(_ frame: DemoFrame, content: BoardContent, moves: [BoardMotion],
                       width: Int, rows: Int) -> [StyledLine]? {
        let label = { (state: ThreadState) in DisplayWidth.of(state.name(in: frame.language)) }
        let middleInner = max(label(.ready), label(.running), label(.terminated), content.tokenWidth, 3)
        let createdInner = max(label(.created), content.tokenWidth, 3)
        let blockedInner = max(label(.blocked), content.tokenWidth, 3)
        let middle = middleInner + 2
        let createdWidth = createdInner + 2
        let blockedWidth = blockedInner + 2
        let xm = createdWidth + 3
        let xb = xm + middle + 3
        // The blocked -> ready arrow climbs on the right of the blocked box's middle.
        let climb = xb + blockedWidth / 2
        let total = xb + blockedWidth
        let tokenRows = max(1, min(content.rowsWanted, (rows - 13) / 3))
        let box = tokenRows + 3
        let height = 3 * box + 4
        guard total <= width, height <= rows else { return nil }
        var canvas = BoardCanvas(width: total, height: height)
        let places: [ThreadState: (x: Int, y: Int, inner: Int)] = [
            .created: (0, 0, createdInner), .ready: (xm, 0, middleInner), .running: (xm, box + 2, middleInner),
            .blocked: (xb, box + 2, blockedInner), .terminated: (xm, 2 * box + 4, middleInner),
        ]
        for (state, place) in places {
            drawBox(&canvas, frame: frame, state: state, x: place.x, y: place.y, inner: place.inner, padding: 0,
                    tokens: content.rows(state, count: tokenRows))
        }
        let down = xm + middle / 3
        let up = xm + 2 * middle / 3
        let runningLabel = box + 3
        var paths: [BoardArrow: Path] = [:]
        paths[BoardArrow(.created, .ready)] = horizontal(from: createdWidth, to: xm - 1, y: 1, rightwards: true)
        paths[BoardArrow(.ready, .running)] = [(down, box, "|"), (down, box + 1, "v")]
        paths[BoardArrow(.running, .ready)] = [(up, box + 1, "|"), (up, box, "^")]
        paths[BoardArrow(.running, .blocked)] = horizontal(from: xm + middle, to: xb - 1, y: runningLabel, rightwards: true)
        paths[BoardArrow(.blocked, .ready)] = (2...(box + 1)).reversed().map { (climb, $0, "|") } + [(climb, 1, ".")]
            + horizontal(from: xm + middle, to: climb - 1, y: 1, rightwards: false)
        let centre = xm + middle / 2
        paths[BoardArrow(.running, .terminated)] = [(centre, 2 * box + 2, "|"), (centre, 2 * box + 3, "v")]
        drawArrows(paths, on: &canvas, frame: frame, content: content, moves: moves)
        return canvas.lines()
    }
}
