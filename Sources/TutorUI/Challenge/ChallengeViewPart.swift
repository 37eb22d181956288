import TextKernel

/// A part of the challenge pane (the goal, the story, the last move…) with how much it matters when rows are
/// short: parts of a larger `priority` shrink first, then go; priority 0 never goes.
struct ChallengeViewPart {
    var lines: [StyledLine]
    var priority: Int
    /// Rows it can shrink to before it is dropped.
    var minimum = 1
    /// Shrinking keeps the last lines (the newest hint) rather than the first.
    var keepsLast = false

    /// Takes one line away, marking the cut with an ellipsis.
    mutating func shrink(width: Int, ellipsis: String) {
        guard !lines.isEmpty else { return }
        if keepsLast {
            lines.removeFirst()
        } else {
            lines.removeLast()
            if let last = lines.indices.last {
                lines[last] = StyledLine(lines[last].spans + [StyledSpan(ellipsis)]).truncatedAtWord(to: width, ellipsis: ellipsis)
            }
        }
    }
}
