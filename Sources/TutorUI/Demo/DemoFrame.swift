import ThreadModel
import TutorBasics

/// One drawing's worth of facts, derived from the pane and the context once per draw.
struct DemoFrame {
    let demo: ThreadDemo
    let timeline: Timeline
    let snapshot: DemoSnapshot
    let cursor: PlaybackCursor
    let language: Language
    let glyphs: Glyphs
    /// ASCII lanes (`--ascii`, or a terminal that cannot show UTF-8).
    let asciiOnly: Bool
    /// The length the time axis covers: the whole run, so lanes grow left to right at a fixed scale.
    let total: Int64
    let atEnd: Bool
    /// Whether keys go to the demo pane (a prediction then needs no Tab first).
    let focused: Bool
    /// Presenter mode: the board alone, for a room.
    let present: Bool

    init(demo: ThreadDemo, context: DemoContext) {
        self.demo = demo
        timeline = demo.timeline
        cursor = demo.playback.cursor
        snapshot = DemoSnapshot(timeline: timeline, cursor: timeline.wholeMove(at: cursor), scenario: demo.scenario)
        language = context.language
        glyphs = context.glyphs
        asciiOnly = context.asciiOnly
        total = max(demo.simulated.end, timeline.end, 1)
        atEnd = demo.playback.isAtEnd(of: timeline)
        focused = context.focused
        present = context.present
    }

    var threads: [ThreadInfo] { timeline.threads }

    /// A phrase in the pane's language (state names: `ThreadState.name(in:)`).
    func say(_ phrase: Phrase) -> String { language.catalog(phrase) }

    func name(_ id: ThreadID?) -> String {
        guard let id, threads.indices.contains(id.rawValue) else { return "-" }
        return threads[id.rawValue].name
    }

    /// The kernel's latest change for a thread at or before the cursor (live only); nil before the first.
    func kernelChange(_ id: ThreadID) -> KernelStateChange? {
        guard demo.mode == .live else { return nil }
        return demo.kernelChanges.last { $0.thread == id && $0.time <= cursor.time }
    }

    /// What a thread is doing, in words: its core when running, else why it got to its state.
    func activity(of id: ThreadID) -> String {
        let index = id.rawValue
        let state = snapshot.states[index]
        switch state {
        case .running:
            var words = snapshot.lastTransitions[index]?.core.map { say(.demoCore($0)) } ?? ""
            if snapshot.gilHolder == id { words += (words.isEmpty ? "" : ", ") + say(.demoHoldsGIL) }
            return words
        case .created:
            return say(.demoNotStarted)
        case .terminated:
            return ""
        case .ready, .blocked:
            return snapshot.lastTransitions[index]?.reason.sentence(in: language) ?? ""
        }
    }

    /// The kernel's view of a thread, for live mode: "tid 4711 S" (or "gone" once it has exited).
    func kernelText(of id: ThreadID) -> String? {
        guard demo.mode == .live, threads.indices.contains(id.rawValue),
              let tid = threads[id.rawValue].kernelTID else { return nil }
        guard let change = kernelChange(id) else { return "tid \(tid)" }
        return "tid \(tid) " + (change.letter.map(String.init) ?? say(.demoGone))
    }
}
