import Foundation
import ThreadLive
import ThreadModel
import TutorBasics

/// Figures for the live engine (issue 4): recording cost, many real threads with nothing lost, stopping.
enum LiveFigures {
    static let all: [BenchFigure] = [recordCost, recordCostNamed, manyThreads, deadlockToStopped, stopBusy, lessonDemos]

    static let recordCost = BenchFigure(name: "live: cost per recorded transition", target: "≤ 1 µs") { smoke in
        let nanoseconds = LiveBenchmarks.recordCost(transitions: smoke ? 10_000 : 1_000_000, rounds: smoke ? 1 : 3)
        return ("\(Measure.rounded(nanoseconds, 1)) ns", smoke || nanoseconds <= 1_000)
    }

    /// The same with a named reason (a lock wait naming its lock and holder) every eighth transition, as in a
    /// real run: names of up to 15 bytes are stored inline, so this should cost about the same.
    static let recordCostNamed = BenchFigure(name: "live: cost per transition, 1 in 8 named", target: "≤ 1 µs") { smoke in
        let nanoseconds = LiveBenchmarks.recordCost(
            transitions: smoke ? 10_000 : 1_000_000, rounds: smoke ? 1 : 3, namedEvery: 8
        )
        return ("\(Measure.rounded(nanoseconds, 1)) ns", smoke || nanoseconds <= 1_000)
    }

    static let manyThreads = BenchFigure(name: "live: 512 threads recorded", target: "0 lost, valid") { smoke in
        let result = LiveBenchmarks.manyThreads(smoke ? 16 : 512)
        let text = "\(result.threads) threads, \(result.transitions) transitions, \(result.missing) lost, "
            + "\(result.validationIssues) issues, \(Measure.format(seconds: Double(result.wallNanoseconds) / 1e9))"
        return (text, result.missing == 0 && result.validationIssues == 0)
    }

    static let deadlockToStopped = BenchFigure(
        name: "live: deadlock found → all threads gone", target: "≤ 100 ms"
    ) { smoke in
        let nanoseconds = LiveBenchmarks.deadlockToStopped(busy: smoke ? 6 : 60)
        let text = "\(Measure.format(seconds: Double(nanoseconds) / 1e9)) (\(smoke ? 8 : 62) threads)"
        return (text, nanoseconds >= 0 && (smoke || nanoseconds <= 100_000_000))
    }

    static let stopBusy = BenchFigure(name: "live: stop() on a busy demo", target: "≤ 100 ms") { smoke in
        let nanoseconds = LiveBenchmarks.stopBusyDemo(busy: smoke ? 6 : 60)
        let text = "\(Measure.format(seconds: Double(nanoseconds) / 1e9)) (\(smoke ? 6 : 60) threads)"
        return (text, smoke || nanoseconds <= 100_000_000)
    }

    /// Every demo of the English course, live at real speed beside its simulation: the worst makespan ratio
    /// (live ÷ simulated) shows how closely real threads draw the simulated picture. Each demo's ratio is the
    /// median of three live runs, so that one run slowed by another program on the machine does not decide it.
    /// Run from the package root.
    static let lessonDemos = BenchFigure(
        name: "live: lesson demos, makespan live ÷ simulated", target: "within 20%"
    ) { smoke in
        var ratios: [Double] = []
        var outcomesAgree = true
        for (yaml, origin) in demoFences(in: "Lessons/en").prefix(smoke ? 2 : .max) {
            guard let scenario = try? ScenarioParser.parse(yaml, origin: origin) else { continue }
            let simulated = Simulator.run(scenario)
            var runRatios: [Double] = []
            for _ in 0..<(smoke ? 1 : 3) {
                let run = LiveRun(scenario: scenario)
                run.start()
                _ = run.waitUntilFinished(timeout: .seconds(120))
                run.stop()
                let live = run.timeline()
                outcomesAgree = outcomesAgree && (live.deadlock == nil) == (simulated.deadlock == nil)
                if simulated.makespan > 0 { runRatios.append(Double(live.makespan) / Double(simulated.makespan)) }
            }
            if let median = Statistics.median(runRatios) { ratios.append(median) }
        }
        guard let low = ratios.min(), let high = ratios.max() else { return ("no demos found (run from the package root)", smoke) }
        let text = "\(ratios.count) demos, ratio \(Measure.rounded(low, 3))…\(Measure.rounded(high, 3))"
            + (smoke ? ", " : " (medians of 3 runs), ")
            + (outcomesAgree ? "same outcomes" : "an outcome differs")
        return (text, smoke || (outcomesAgree && low >= 0.8 && high <= 1.2))
    }

    /// The ```demo fences of a course folder's lessons (a plain scan; LessonKit owns the real syntax).
    static func demoFences(in folder: String) -> [(String, SourceLocation)] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return files.flatMap { file -> [(String, SourceLocation)] in
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { return [] }
            let lines = text.components(separatedBy: "\n")
            var fences: [(String, SourceLocation)] = []
            var index = 0
            while index < lines.count {
                if lines[index].trimmingCharacters(in: .whitespaces) == "```demo" {
                    var end = index + 1
                    while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
                    let yaml = lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n")
                    fences.append((yaml, SourceLocation(path: folder + "/" + file, line: index + 2, column: 1)))
                    index = end
                }
                index += 1
            }
            return fences
        }
    }
}
