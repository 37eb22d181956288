import TextKernel
import ThreadModel
import TutorBasics

/// Presenter mode's class vote: "Who runs next?", each thread that can run with its number drawn large and
/// the line it would run, so a room can vote before the teacher presses the number. Threads that cannot run,
/// what is shared, the last move and a refused move follow as far as rows allow. Once the goal is reached, or
/// nothing can run, the ordinary challenge view takes over (it has the explanation and the way out).
enum ChallengeVoteView {
    /// Rows each candidate takes: the big digit's three and a gap.
    static let rowsPerCandidate = 4

    static func candidates(_ pane: ChallengePane) -> [ThreadID] {
        pane.play.isSolved ? [] : pane.engine.legalMoves(in: pane.state)
    }

    static func fits(_ pane: ChallengePane, area: Rect) -> Bool {
        let count = candidates(pane).count
        return count > 0 && area.width >= 30 && area.height >= 3 + count * rowsPerCandidate
    }

    static func draw(_ pane: ChallengePane, into buffer: inout Buffer, area: Rect, context: DemoContext) {
        let say = context.language.catalog
        var y = area.y
        func put(_ lines: [StyledLine]) {
            for line in lines where y < area.maxY {
                buffer.write(line, x: area.x, y: y, clip: area)
                y += 1
            }
        }
        let goal = ChallengeView.goal(pane, width: area.width, context: context).lines
        put(Array(goal.prefix(2)))
        put(TextWrapper.wrap([StyledSpan(say(.challengeVote), Style(.accent, bold: true))], width: area.width).prefix(2).map { $0 })
        y += 1
        for thread in candidates(pane) {
            let number = "\(thread.rawValue + 1)"
            BigDigits.draw(number, x: area.x + 1, y: y, into: &buffer)
            let x = area.x + 1 + BigDigits.width(number) + 2
            let width = max(1, area.maxX - x)
            let clip = Rect(x: x, y: y, width: width, height: 3)
            let header = ChallengeThreadLines.header(pane, thread, width: width, context: context)
            let code = ChallengeThreadLines.code(pane, thread, width: width, limit: 1, context: context)
            for (row, line) in (Array(header.prefix(1)) + code).prefix(3).enumerated() {
                buffer.write(line, x: x, y: y + row, clip: clip)
            }
            y += rowsPerCandidate
        }
        let waiting = pane.program.threads.indices.map(ThreadID.init).filter { !candidates(pane).contains($0) }
        put(waiting.flatMap { ChallengeThreadLines.header(pane, $0, width: area.width, context: context).prefix(1) })
        put(ChallengeView.outcome(pane, width: area.width, context: context).flatMap(\.lines))
        put(ChallengeSharedLines.lines(pane, width: area.width, context: context))
        put(ChallengeView.lastMove(pane, width: area.width, context: context).lines)
    }
}
