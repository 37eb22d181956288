import ThreadLive

/// Figures for the live engine (issue 4): recording cost, many real threads with nothing lost, stopping.
enum LiveFigures {
    static let all: [BenchFigure] = [recordCost, manyThreads, deadlockToStopped, stopBusy]

    static let recordCost = BenchFigure(name: "live: cost per recorded transition", target: "≤ 1 µs") { smoke in
        let nanoseconds = LiveBenchmarks.recordCost(transitions: smoke ? 10_000 : 1_000_000, rounds: smoke ? 1 : 3)
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
}
