import Foundation

/// Figures for `threadtutor trace` (issue 13): the wall time of a traced Python program ÷ the same program run
/// plainly, timed in interleaved rounds; the sampler thread's own CPU with 16 spinning threads, read from the
/// JSON's `sampler_cpu_us` ÷ `wall_us`; and events lost, found by counting the thread starts and ends in the
/// JSON against the number of threads the program says it ran. The programs are written into a temporary folder.
enum TraceFigures {
    static let all: [BenchFigure] = [lockHeavy, pool, cpuBound, samplerCPU]

    /// traced ÷ untraced must be at most this for the lock-heavy program and the pool, and `cpuFactor` for the
    /// CPU-bound pair; the sampler at most `samplerShare` of a core.
    static let busyFactor = 3.0, cpuFactor = 1.1, samplerShare = 0.05

    /// A generated program: its file name and text at full size and at smoke size. Each prints, as its last line,
    /// `threads N`: how many threads ran, the main thread included.
    struct Program: Sendable {
        var file: String
        var text: @Sendable (_ smoke: Bool) -> String
    }

    static let lockHeavyProgram = Program(file: "lockheavy.py") { smoke in
        """
        import threading
        lock = threading.Lock()
        n = 0
        def work():
            global n
            for _ in range(\(smoke ? 500 : 50_000)):
                with lock:
                    n += 1
        ts = [threading.Thread(target=work) for _ in range(8)]
        for t in ts: t.start()
        for t in ts: t.join()
        print("threads", len(ts) + 1)

        """
    }

    static let poolProgram = Program(file: "pool.py") { smoke in
        """
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=4) as pool:
            total = sum(pool.map(lambda i: i * 2, range(\(smoke ? 50 : 2_000))))
        print("threads", len(pool._threads) + 1)

        """
    }

    static func spinProgram(file: String, threads: Int, full: Int, smallSize: Int) -> Program {
        Program(file: file) { smoke in
            """
            import threading
            def spin():
                x = 0
                for i in range(\(smoke ? smallSize : full)): x += i
            ts = [threading.Thread(target=spin) for _ in range(\(threads))]
            for t in ts: t.start()
            for t in ts: t.join()
            print("threads", len(ts) + 1)

            """
        }
    }

    static let cpuProgram = spinProgram(file: "cpu.py", threads: 2, full: 10_000_000, smallSize: 100_000)
    static let spin16Program = spinProgram(file: "spin16.py", threads: 16, full: 1_500_000, smallSize: 20_000)

    static let lockHeavy = ratioFigure(name: "trace: lock-heavy, 8 threads × 50,000 acquire/release",
                                       program: lockHeavyProgram, factor: busyFactor)
    static let pool = ratioFigure(name: "trace: pool of 2,000 tiny tasks", program: poolProgram, factor: busyFactor)
    static let cpuBound = ratioFigure(name: "trace: CPU-bound pair, 2 threads × 10M additions",
                                      program: cpuProgram, factor: cpuFactor)

    /// Traced and untraced runs of `program` in interleaved rounds (median of 5 after a warm-up each; one in smoke
    /// mode), then one traced run whose JSON is read for lost events.
    static func ratioFigure(name: String, program: Program, factor: Double) -> BenchFigure {
        BenchFigure(name: name, target: "≤ \(times(factor)) untraced; 0 events lost") { smoke in
            let setup = try Setup(smoke: smoke, programs: [program])
            defer { setup.remove() }
            let path = setup.path(program)
            let rounds = smoke ? 1 : 5
            let medians = InterleavedRuns.medians([
                InterleavedRuns.Command([setup.python, path]),
                InterleavedRuns.Command(setup.traceArguments(path), environment: setup.environment),
            ], rounds: rounds)
            guard let untraced = medians[0] else { throw Unmeasurable("`python3 \(program.file)` failed") }
            guard let traced = medians[1] else { throw Unmeasurable("`threadtutor trace \(program.file)` failed") }
            let check = try setup.tracedRun(program)
            let ratio = traced / untraced
            let text = "traced \(Measure.format(seconds: traced)), untraced \(Measure.format(seconds: untraced)) "
                + "(median of \(rounds)): \(Measure.rounded(ratio, 2))×; \(check.summary)"
            return (text, check.lost == 0 && (smoke || ratio <= factor))
        }
    }

    /// "3×", "1.1×".
    static func times(_ factor: Double) -> String {
        (factor == factor.rounded() ? "\(Int(factor))" : "\(factor)") + "×"
    }

    static let samplerCPU = BenchFigure(name: "trace: sampler CPU, 16 spinning threads",
                                        target: "≤ \(Int(samplerShare * 100))% of a core; 0 events lost") { smoke in
        let setup = try Setup(smoke: smoke, programs: [spin16Program])
        defer { setup.remove() }
        let runs = smoke ? 1 : 5
        var shares: [Double] = []
        var lost = 0
        var last: TraceCheck?
        for _ in 0..<runs {
            let check = try setup.tracedRun(spin16Program)
            guard check.wallMicroseconds > 0 else { throw Unmeasurable("the trace reported no wall time") }
            shares.append(Double(check.samplerMicroseconds) / Double(check.wallMicroseconds))
            lost += check.lost
            last = check
        }
        guard let median = Statistics.median(shares), let last else { throw Unmeasurable("no traced run") }
        let text = "median \(Measure.rounded(median * 100, 2))% of a core over \(runs) run\(runs == 1 ? "" : "s") (range "
            + "\(Measure.rounded((shares.min() ?? 0) * 100, 2))–\(Measure.rounded((shares.max() ?? 0) * 100, 2))%, "
            + "last run \(Measure.format(seconds: Double(last.wallMicroseconds) / 1e6)) wall); "
            + (lost == 0 ? last.summary : "\(lost) events lost")
        return (text, lost == 0 && (smoke || median <= samplerShare))
    }

    /// What one traced run's JSON says: the threads the program reported, the starts and ends the timeline holds,
    /// and the sampler's cost.
    struct TraceCheck: Equatable {
        var expectedThreads: Int
        var threads: Int
        var starts: Int
        var ends: Int
        var samplerMicroseconds: Int
        var wallMicroseconds: Int

        /// Starts and ends missing (or extra) against the threads the program ran: each must have one of each.
        var lost: Int {
            abs(expectedThreads - threads) + abs(expectedThreads - starts) + abs(expectedThreads - ends)
        }

        var summary: String {
            lost == 0 ? "0 lost (\(threads) threads, \(starts) starts, \(ends) ends)"
                : "LOST: program ran \(expectedThreads) threads; trace has \(threads) threads, \(starts) starts, \(ends) ends"
        }

        /// A JSON number as Foundation hands it over (Int, or NSNumber, depending on the Foundation).
        static func integer(_ value: Any?) -> Int? {
            if let value = value as? Int { return value }
            if let value = value as? NSNumber { return value.intValue }
            return (value as? Double).map { Int($0) }
        }

        /// Reads `threadtutor trace --format json` output: `threads[]`, the transitions out of `created` and into
        /// `terminated` (before the run's close), the last `threads N` line of the program's stdout, and `trace.sampler_cpu_us`/`wall_us`.
        static func parse(_ json: Data) throws -> TraceCheck {
            guard let document = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
                  let threads = document["threads"] as? [[String: Any]],
                  let transitions = document["transitions"] as? [[String: Any]],
                  let trace = document["trace"] as? [String: Any],
                  let sampler = integer(trace["sampler_cpu_us"]), let wall = integer(trace["wall_us"])
            else { throw Unmeasurable("the trace's JSON is not the documented shape") }
            let lines = ((trace["stdout"] as? [String: Any])?["lines"] as? [String]) ?? []
            guard let reported = lines.last(where: { $0.hasPrefix("threads ") }),
                  let expected = Int(reported.dropFirst("threads ".count))
            else { throw Unmeasurable("the traced program did not print its thread count") }
            let starts = transitions.filter { $0["from"] as? String == "created" }.count
            // The timeline builder ends every thread still alive when the run closes (at `stats.end_us`), so an end
            // event that never arrived shows as an end at that moment: only ends before it count.
            let close = integer((document["stats"] as? [String: Any])?["end_us"]) ?? Int.max
            let ends = transitions.filter {
                $0["to"] as? String == "terminated" && (integer($0["time_us"]) ?? Int.max) < close
            }.count
            return TraceCheck(expectedThreads: expected, threads: threads.count, starts: starts, ends: ends,
                              samplerMicroseconds: sampler, wallMicroseconds: wall)
        }
    }

    /// The programs written into a temporary folder, the python3 to run them with, and the tracer's bootstrap.
    struct Setup {
        var folder: String
        var python: String
        var binary: String
        var environment: [String: String]

        init(smoke: Bool, programs: [Program]) throws {
            binary = try AppBinary.require()
            guard let python = ["python3", "/usr/bin/python3"].first(where: ChildProcess.exists) else {
                throw Unmeasurable("no python3 to trace")
            }
            self.python = python
            // The bootstrap in the source tree (the bench runs from the package root), unless one is named.
            let bootstrap = FileManager.default.currentDirectoryPath + "/Tracer/threadtutor_trace.py"
            let named = ProcessInfo.processInfo.environment["THREADTUTOR_TRACER"] ?? ""
            environment = named.isEmpty && FileManager.default.fileExists(atPath: bootstrap)
                ? ["THREADTUTOR_TRACER": bootstrap] : [:]
            folder = try GeneratedCourse.temporaryFolder("trace")
            for program in programs {
                try program.text(smoke).write(toFile: path(program), atomically: true, encoding: .utf8)
            }
        }

        func path(_ program: Program) -> String { folder + "/" + program.file }

        func traceArguments(_ path: String) -> [String] {
            [binary, "trace", "--python", python, "--format", "json", path]
        }

        /// One traced run with its JSON kept (stderr thrown away), read into a `TraceCheck`.
        func tracedRun(_ program: Program) throws -> TraceCheck {
            let output = folder + "/" + program.file + ".json"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = Array(traceArguments(path(program)).dropFirst())
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            guard FileManager.default.createFile(atPath: output, contents: nil) else {
                throw Unmeasurable("cannot write \(output)")
            }
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = file
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try file.close()
            guard process.terminationStatus == 0 else {
                throw Unmeasurable("`threadtutor trace \(program.file)` exited with \(process.terminationStatus)")
            }
            return try TraceCheck.parse(try Data(contentsOf: URL(fileURLWithPath: output)))
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }
}
