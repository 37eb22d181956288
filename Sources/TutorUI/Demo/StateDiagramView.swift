import TextKernel
import ThreadModel

/// The five-state model in two rows, the latest transition lit up:
///
///     created -> ready <--> running -> terminated
///                ^-------- blocked <-'
enum StateDiagramView {
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let latest = frame.snapshot.latest
        let text = frame.text
        let names = ThreadState.allCases.map { ($0, text.state($0)) }
        func label(_ state: ThreadState) -> String { names.first { $0.0 == state }?.1 ?? "" }
        func style(_ state: ThreadState) -> Style {
            guard let latest else { return Style(.muted) }
            if latest.to == state { return Style(StateGlyph.style(state).role, bold: true, reverse: true) }
            if latest.from == state { return Style(StateGlyph.style(state).role, bold: true) }
            return Style(.muted)
        }
        func arrowStyle(_ moves: [(ThreadState, ThreadState)]) -> Style {
            guard let latest, moves.contains(where: { $0.0 == latest.from && $0.1 == latest.to }) else { return Style(.muted) }
            return Style(.accent, bold: true)
        }
        // The bottom row runs from under `ready` to under the end of `running`; widen the middle arrow until
        // `blocked` fits there.
        let blocked = " " + label(.blocked) + " "
        let readyWidth = DisplayWidth.of(label(.ready))
        let runningWidth = DisplayWidth.of(label(.running))
        let bottomNeeds = 1 + DisplayWidth.of(blocked) + 3 + 1
        let dashes = max(2, bottomNeeds - readyWidth - runningWidth - 4)
        let middle = " <" + String(repeating: "-", count: dashes) + "> "
        let top = StyledLine([
            StyledSpan(label(.created), style(.created)),
            StyledSpan(" -> ", arrowStyle([(.created, .ready)])),
            StyledSpan(label(.ready), style(.ready)),
            StyledSpan(middle, arrowStyle([(.ready, .running), (.running, .ready)])),
            StyledSpan(label(.running), style(.running)),
            StyledSpan(" -> ", arrowStyle([(.running, .terminated)])),
            StyledSpan(label(.terminated), style(.terminated)),
        ])
        let indent = DisplayWidth.of(label(.created)) + 4
        let span = readyWidth + DisplayWidth.of(middle) + runningWidth
        let leftDashes = max(0, span - DisplayWidth.of(blocked) - 5)
        let bottom = StyledLine([
            StyledSpan(String(repeating: " ", count: indent)),
            StyledSpan("^" + String(repeating: "-", count: leftDashes), arrowStyle([(.blocked, .ready)])),
            StyledSpan(blocked, style(.blocked)),
            StyledSpan("<--'", arrowStyle([(.running, .blocked)])),
        ])
        guard top.width <= width else { return [] }
        return [top, bottom]
    }
}
