import Foundation
import ThreadModel
import TutorBasics
import TutorUI

/// Figures for the app itself (issue 7): start-up to a first frame against vim and rich, and drawing the demo
/// pane in process.
enum AppFigures {
    static let all: [BenchFigure] = [startUp, demoFrame]

    /// The lesson both we and rich render at start-up (run from the package root).
    static let lessonFile = "Lessons/en/04-lifecycle.md"

    static let startUp = BenchFigure(
        name: "start-up to first frame, lifecycle 120×40", target: "≤ 15 ms; ≥ 20× faster than rich"
    ) { smoke in
        let binary = try AppBinary.require()
        let home = try GeneratedCourse.temporaryFolder("home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let runs = smoke ? 1 : 21
        let ours = InterleavedRuns.Command(
            [binary, "render-frame", "--lessons", "Lessons", "--lang", "en", "120x40", "lifecycle"],
            environment: AppBinary.environment(home: home))
        let vim = ChildProcess.exists("vim") ? InterleavedRuns.Command(["vim", "-u", "NONE", "-es", "-c", "q"]) : nil
        // rich takes 20 times as long: every third round, 7 samples.
        let richCommand = richPython().map { python in
            InterleavedRuns.Command([python, "-m", "rich.markdown", lessonFile],
                                    environment: ["COLUMNS": "120", "LINES": "40"], everyNthRound: smoke ? 1 : 3)
        }
        let medians = InterleavedRuns.medians([ours, vim, richCommand], rounds: runs)
        guard let median = medians[0] else {
            throw Unmeasurable("`threadtutor render-frame 120x40 lifecycle` failed (run from the package root)")
        }
        var parts = ["median \(Measure.format(seconds: median)) of \(runs)"]
        parts.append(medians[1].map { "vim -es \(Measure.format(seconds: $0)) (ours \(Measure.rounded(median / $0, 1))× vim)" }
            ?? "vim: unavailable")
        let rich = medians[2]
        parts.append(rich.map { "rich \(Measure.format(seconds: $0)) (ours \(Measure.rounded($0 / median, 1))× faster)" }
            ?? "rich: unavailable")
        let fastEnough = median <= 0.015 && (rich.map { $0 / median >= 20 } ?? true)
        return (parts.joined(separator: "; "), smoke || fastEnough)
    }

    /// A python3 that can import rich: Debian's (python3-rich) first, then whatever python3 is on PATH.
    static func richPython() -> String? {
        ["/usr/bin/python3", "python3"].first { python in
            ChildProcess.exists(python) && ChildProcess.timedRun([python, "-c", "import rich.markdown"]) != nil
        }
    }

    static let demoFrame = BenchFigure(name: "draw the demo pane, 16 threads, 120×40", target: "≤ 1 ms") { smoke in
        let origin = SourceLocation(path: "bench", line: 1, column: 1)
        guard let scenario = try? ScenarioParser.parse(GeneratedCourse.sixteenThreadScenario, origin: origin) else {
            throw Unmeasurable("the 16-thread scenario does not parse")
        }
        var demo = ThreadDemo(scenario: scenario)
        _ = demo.perform(.playPause)
        demo.advance(milliseconds: 6_000)
        let context = DemoContext(language: .en, glyphs: .unicode, asciiOnly: false, focused: true, present: false)
        let size = Size(width: 120, height: 40)
        var samples: [Double] = []
        for _ in 0..<(smoke ? 3 : 1_001) {
            var buffer = Buffer(size: size)
            let (_, seconds) = Measure.seconds { demo.draw(into: &buffer, area: Rect(size: size), context: context) }
            samples.append(seconds)
        }
        guard let median = Statistics.median(samples) else { throw Unmeasurable("no demo frame was drawn") }
        let text = "median \(Measure.rounded(median * 1e6, 1)) µs of \(samples.count) (at \(demo.playback.cursor.time) µs of "
            + "\(demo.timeline.end) µs)"
        return (text, smoke || median <= 0.001)
    }
}
