import TextKernel
import ThreadModel

/// The tokens each box of the state board holds: "2 B" per thread (">" marks the selected one, so selection
/// survives without colour), or with many threads a count and the selected thread.
struct BoardContent {
    private let frame: DemoFrame
    private let selected: Int
    /// Thread indices per state, in thread order, without the threads in motion.
    private var members: [ThreadState: [Int]] = [:]
    let counting: Bool
    let tokenWidth: Int

    /// Longest name shown in a token (the board tries shorter ones before giving up its boxes).
    static let nameWidth = 6
    /// Longest name in the one-line-per-state board, which has the pane's width for its tokens.
    static let compactNameWidth = 16
    let nameWidth: Int

    init(_ frame: DemoFrame, moves: [BoardMotion], nameWidth: Int = BoardContent.nameWidth) {
        self.nameWidth = nameWidth
        self.frame = frame
        selected = frame.demo.selected
        let moving = Set(moves.map(\.transition.thread.rawValue))
        for (index, state) in frame.snapshot.states.enumerated() where !moving.contains(index) {
            members[state, default: []].append(index)
        }
        let count = frame.threads.count
        counting = count >= StateBoardView.countFrom
        let digits = String(max(1, count)).count
        let names = frame.threads.map { DisplayWidth.of(DisplayWidth.truncate($0.name, to: nameWidth, ellipsis: "~")) }
        var widest = 2 + digits + (names.max() ?? 1)
        if counting { widest = max(widest, DisplayWidth.of(frame.say(.demoThreadCount(count)))) }
        tokenWidth = widest
    }

    /// Token rows the fullest box would like.
    var rowsWanted: Int {
        counting ? 2 : max(1, members.values.map(\.count).max() ?? 1)
    }

    /// A box's `count` token rows: every token, or as many as fit with "+N" for the rest (the selected thread
    /// always among those shown); counts when there are many threads.
    func rows(_ state: ThreadState, count: Int) -> [StyledLine] {
        var lines = shown(state, slots: count)
        while lines.count < count { lines.append(.empty) }
        return lines
    }

    /// The tokens side by side, for the one-line-per-state board.
    func inline(_ state: ThreadState) -> [StyledLine] { shown(state, slots: counting ? 2 : Int.max) }

    private func shown(_ state: ThreadState, slots: Int) -> [StyledLine] {
        let threads = members[state] ?? []
        guard slots > 0, !threads.isEmpty else { return [] }
        if counting {
            var lines: [StyledLine] = []
            if threads.contains(selected) { lines.append(token(selected)) }
            let others = threads.count - lines.count
            if others > 0, lines.count < slots {
                lines.append(StyledLine(frame.say(.demoThreadCount(others)), Style(StateGlyph.nameStyle(state).role)))
            }
            return lines
        }
        guard threads.count > slots else { return threads.map(token) }
        // The selected thread first, so it is never in the "+N".
        let ordered = threads.filter { $0 == selected } + threads.filter { $0 != selected }
        return ordered.prefix(slots - 1).map(token) + [StyledLine("+\(threads.count - (slots - 1))", Style(.muted))]
    }

    /// ">1 main" for the selected thread, " 2 B" for others.
    func token(_ index: Int) -> StyledLine {
        let name = DisplayWidth.truncate(frame.threads[index].name, to: nameWidth, ellipsis: "~")
        let marker = index == selected ? ">" : " "
        return StyledLine(marker + String(index + 1) + " " + name, style(of: ThreadID(index), moving: false))
    }

    /// A token's style: its state's colour, the selected thread bold, a token in motion reversed.
    func style(of thread: ThreadID, moving: Bool) -> Style {
        let state = frame.snapshot.states[thread.rawValue]
        let role = thread.rawValue == selected ? Style.Role.accent : StateGlyph.style(state).role
        return Style(role, bold: thread.rawValue == selected || moving, reverse: moving)
    }
}
