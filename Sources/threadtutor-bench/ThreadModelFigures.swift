import ThreadModel

/// Figures for the thread engine (issue 3): simulating a huge scenario, its memory, validating it.
enum ThreadModelFigures {
    static let all: [BenchFigure] = [memory, simulate, validate]

    /// `threads` threads × 100 actions: compute, I/O, and a lock shared by every 100th thread, on 8 cores.
    static func scenario(threads: Int) -> Scenario {
        var scenario = Scenario()
        scenario.cores = 8
        scenario.slice = 500
        scenario.threads = (0..<threads).map { index in
            let lock = "L\(index % 100)"
            let round: [Action] = [.compute(1_000), .io(2_000), .lock(lock), .unlock(lock)]
            return ThreadSpec(name: "T\(index)", actions: Array((0..<25).map { _ in round }.joined()))
        }
        return scenario
    }

    /// Best of three runs, since the machine is shared; CPU time (user + system) is shown beside wall time.
    static let simulate = BenchFigure(name: "simulate 10,000 threads × 100 actions", target: "≤ 1 s") { smoke in
        let scenario = scenario(threads: smoke ? 100 : 10_000)
        var best = Double.infinity, bestCPU = 0.0, transitions = 0
        for _ in 0..<(smoke ? 1 : 3) {
            let cpuBefore = Measure.cpuSeconds()
            let (timeline, seconds) = Measure.seconds { Simulator.run(scenario) }
            if seconds < best { (best, bestCPU) = (seconds, Measure.cpuSeconds() - cpuBefore) }
            transitions = timeline.transitions.count
        }
        let perSecond = Double(transitions) / max(best, 1e-9)
        let result = "\(Measure.format(seconds: best)) (CPU \(Measure.format(seconds: bestCPU))), \(transitions) transitions, "
            + "\(Measure.rounded(perSecond / 1e6, 2)) M transitions/s"
        return (result, smoke || best <= 1)
    }

    /// Peak memory after simulating 2,500, 5,000 and 10,000 threads: it should grow about linearly.
    static let memory = BenchFigure(name: "peak memory, 2.5k / 5k / 10k threads", target: "linear") { smoke in
        let sizes = smoke ? [25, 50, 100] : [2_500, 5_000, 10_000]
        let baseline = Measure.peakMemoryMiB()
        var peaks: [Double] = []
        for size in sizes {
            let timeline = Simulator.run(scenario(threads: size))
            peaks.append(Measure.peakMemoryMiB())
            _ = timeline.transitions.count
        }
        let text = peaks.map { "\(Measure.rounded($0, 0)) MiB" }.joined(separator: " / ")
        // Doubling the threads should not more than about double the growth over the baseline.
        let grows = zip(peaks.dropFirst(), peaks).allSatisfy { ($0 - baseline) <= 2.5 * max($1 - baseline, 1) }
        return (text, smoke || grows)
    }

    static let validate = BenchFigure(name: "validate the 10,000-thread timeline", target: "≤ 1 s") { smoke in
        let scenario = scenario(threads: smoke ? 100 : 10_000)
        let timeline = Simulator.run(scenario)
        let (issues, seconds) = Measure.seconds { Validator.validate(timeline, scenario: scenario) }
        return ("\(Measure.format(seconds: seconds)), \(issues.count) issues", issues.isEmpty && (smoke || seconds <= 1))
    }
}
