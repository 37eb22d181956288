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

    /// ours ÷ vim must be at most this (the goal beyond is 2×), and rich ÷ ours at least `richFactor`.
    static let vimFactor = 3.0, vimGoal = 2.0, richFactor = 40.0

    static let startUp = BenchFigure(
        name: "start-up to first frame, lifecycle 120×40",
        target: "≤ \(Int(vimFactor))× vim (goal \(Int(vimGoal))×); ≥ \(Int(richFactor))× faster than rich"
    ) { smoke in
        let binary = try AppBinary.require()
        let home = try GeneratedCourse.temporaryFolder("home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let runs = smoke ? 1 : 21
        let medians = firstFrameMedians(binaries: [binary], home: home, rounds: runs, smoke: smoke)
        guard let median = medians.ours[0] else {
            throw Unmeasurable("`threadtutor render-frame 120x40 lifecycle` failed (run from the package root)")
        }
        var parts = ["median \(Measure.format(seconds: median)) of \(runs)"
            + (medians.bare[0].map { " (`--version` alone \(Measure.format(seconds: $0)))" } ?? "")]
        parts.append(medians.vim.map { "\(vimName) -es \(Measure.format(seconds: $0)) (ours \(Measure.rounded(median / $0, 1))× vim)" }
            ?? "vim: unavailable")
        let rich = medians.rich
        parts.append(rich.map { "rich \(Measure.format(seconds: $0)) (ours \(Measure.rounded($0 / median, 1))× faster)" }
            ?? "rich: unavailable")
        let nearVim = medians.vim.map { median / $0 <= vimFactor } ?? true
        let fasterThanRich = rich.map { $0 / median >= richFactor } ?? true
        return (parts.joined(separator: "; "), smoke || (nearVim && fasterThanRich))
    }

    /// The system vim: Debian's vim.basic (package `vim`) when it is there, which loads no language runtimes
    /// (vim-nox's does, and starts slower); else whatever `vim` is on PATH.
    static var vimName: String { ChildProcess.exists("vim.basic") ? "vim.basic" : "vim" }

    /// `render-frame 120x40 lifecycle` and `--version` of each binary, `vim -u NONE -es -c q` and `python3 -m rich.markdown` on the
    /// same lesson, timed in interleaved rounds (rich, 20 times slower, every third round). Median seconds.
    static func firstFrameMedians(binaries: [String], home: String, rounds: Int,
                                  smoke: Bool) -> (ours: [Double?], bare: [Double?], vim: Double?, rich: Double?) {
        let ours = binaries.map { binary in
            InterleavedRuns.Command(
                [binary, "render-frame", "--lessons", "Lessons", "--lang", "en", "120x40", "lifecycle"],
                environment: AppBinary.environment(home: home))
        }
        let vim = ChildProcess.exists(vimName) ? InterleavedRuns.Command([vimName, "-u", "NONE", "-es", "-c", "q"]) : nil
        let richCommand = richPython().map { python in
            InterleavedRuns.Command([python, "-m", "rich.markdown", lessonFile],
                                    environment: ["COLUMNS": "120", "LINES": "40"], everyNthRound: smoke ? 1 : 3)
        }
        // The bare process (`--version`: the runtime, Foundation and the argument parser, no course) beside it.
        let bare = binaries.map { InterleavedRuns.Command([$0, "--version"], environment: AppBinary.environment(home: home)) }
        let medians = InterleavedRuns.medians(ours + bare + [vim, richCommand], rounds: rounds)
        let count = binaries.count
        return (Array(medians[0..<count]), Array(medians[count..<(2 * count)]), medians[2 * count], medians[2 * count + 1])
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
