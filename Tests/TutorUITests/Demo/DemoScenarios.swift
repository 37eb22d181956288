import ThreadModel
import TutorBasics
@testable import TutorUI

/// Scenarios for the demo pane tests, written as lessons write them, and helpers to drive a pane.
enum DemoScenarios {
    static func parse(_ yaml: String) -> Scenario {
        do {
            return try ScenarioParser.parse(yaml, origin: SourceLocation(path: "test.yaml", line: 1, column: 1))
        } catch {
            fatalError("test scenario does not parse: \(error)")
        }
    }

    /// Chapter 4's predicted demo.
    static let lifecycle = parse("""
        title: One worker's life, step by step
        cores: 1
        predict: [worker]
        threads:
          - name: main
            run: [start worker, join worker]
          - name: worker
            start: manual
            run: [compute 20ms, io 30ms, compute 10ms]
          - name: busy
            run: [compute 40ms]
        """)

    /// Chapter 7's deadlock, without predictions.
    static let deadlock = parse("""
        title: Two threads, two locks, opposite order
        cores: 2
        threads:
          - name: A
            run: [lock X, compute 10ms, lock Y, compute 5ms, unlock Y, unlock X]
          - name: B
            run: [lock Y, compute 10ms, lock X, compute 5ms, unlock X, unlock Y]
        """)

    /// Two CPU-bound threads under the GIL and a counter.
    static let gil = parse("""
        title: Two threads under the GIL
        cores: 2
        gil: true
        threads:
          - name: A
            run: [compute 20ms, increment count]
          - name: B
            run: [compute 20ms, increment count]
        """)

    /// A pool with futures.
    static let pool = parse("""
        title: main blocks in result()
        cores: 2
        pools:
          - {name: pool, workers: 2}
        tasks:
          - {name: report, run: [compute 20ms, io 50ms, compute 10ms]}
        threads:
          - name: main
            run: [submit pool report, compute 10ms, result report, compute 5ms, shutdown pool]
        """)
}

extension ThreadDemo {
    /// The pane drawn alone into a buffer of `size`, as quoted rows.
    func render(_ size: Size, language: Language = .en, styles: Bool = false) -> String {
        var buffer = Buffer(size: size)
        draw(into: &buffer, area: buffer.area,
             context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: false))
        return TestBackend.quoted(buffer, styles: styles)
    }

    /// Performs actions in order; returns the last status message.
    @discardableResult
    mutating func run(_ actions: DemoAction...) -> String? {
        var runs = RunID.Counter()
        return actions.reduce(nil) { _, action in perform(action, runs: &runs).status }
    }

    /// The state of every thread at the cursor, as the timeline's own query says.
    var statesAtCursor: [ThreadState] {
        timeline.threads.map { timeline.state(of: $0.id, afterSeq: playback.cursor.seq) }
    }
}
