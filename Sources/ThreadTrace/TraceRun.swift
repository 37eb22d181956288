import Foundation
import Glibc
import ThreadModel
import TutorBasics

/// Runs one Python program under the tracer: python3 with the bootstrap, in a process group of its own; reads
/// the event pipe and the program's output on their own threads, samples /proc about every millisecond on
/// another, watches for a lock cycle, and on every way out (end, timeout, deadlock, `stop()`, a signal) kills
/// and reaps the whole group before building the timeline.
public final class TraceRun: @unchecked Sendable {
    public let options: TraceOptions
    private let lock = NSLock()
    private var events: [TraceEvent] = []
    private var samples: [TraceSample] = []
    private var tids: [Int32] = []
    /// Threads inside a patched blocking call: the events already say they are blocked, so /proc is read for them
    /// only every 16th tick (their wake is written in the next batch, up to 20 ms later).
    private var waiting: Set<Int32> = []
    private var watch = TraceDeadlockWatch()
    private var stdoutTail: OutputTail
    private var stderrTail: OutputTail
    private var stopRequested = false
    private var samplerDone = false
    private var brokenLines = 0
    private var samplerCPU: Int64 = 0
    /// When the program was started (CLOCK_MONOTONIC ns); nil before.
    private var launched: Int64?

    public init(options: TraceOptions) {
        self.options = options
        stdoutTail = OutputTail(limit: options.outputLines)
        stderrTail = OutputTail(limit: options.outputLines)
    }

    /// Asks a running trace to stop (from any thread); `run()` then kills the program and returns.
    public func stop() {
        lock.withLock { stopRequested = true }
    }

    /// The number of logical CPUs the kernel reports.
    public static var machineCores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Runs the program to its end (or the timeout, a deadlock, `stop()`), then builds the timeline.
    public func run() throws(TraceError) -> TraceResult {
        guard access(options.bootstrap, R_OK) == 0 else { throw .noBootstrap(options.bootstrap) }
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in options.environment { environment[key] = value }
        environment["THREADTUTOR_TRACE_FD"] = "\(TraceChild.eventFD)"
        environment["PYTHONUNBUFFERED"] = "1"
        let launched = TraceClock.now()
        lock.withLock { self.launched = launched }
        let child = try TraceChild(
            executable: options.python, arguments: [options.bootstrap] + options.program.bootstrapArguments + options.arguments,
            environment: environment, stdinFromNull: options.stdinFromNull
        )
        if options.stopOnSignals { TraceSignals.install(group: child.pid) }
        defer { if options.stopOnSignals { TraceSignals.uninstall(group: child.pid) } }

        let readers = DispatchGroup()
        startReader(child.events, group: readers) { run, bytes in run.takeEvents(bytes) }
        startReader(child.stdout, group: readers) { run, bytes in run.stdoutTail.append(bytes) }
        startReader(child.stderr, group: readers) { run, bytes in run.stderrTail.append(bytes) }
        let sampler = DispatchGroup()
        sampler.enter()
        let pid = child.pid
        Thread { [self] in
            sample(pid: pid)
            sampler.leave()
        }.start()

        let (outcome, cycle) = supervise(child, deadline: launched + options.timeoutNanoseconds)
        let stopTime = TraceClock.now()
        child.killGroup()
        lock.withLock { samplerDone = true }
        _ = sampler.wait(timeout: .now() + 3)
        _ = readers.wait(timeout: .now() + 3)
        let finalOutcome: TraceOutcome
        if case .exited = outcome {
            finalOutcome = child.exitCode.map { .exited($0) } ?? .signaled((child.status ?? 0) & 0x7f)
        } else {
            finalOutcome = outcome
        }
        return lock.withLock { build(outcome: finalOutcome, cycle: cycle, launched: launched, stopTime: stopTime) }
    }

    /// Waits for the end, polling every 5 ms; checks the lock graph every 100 ms.
    private func supervise(_ child: TraceChild, deadline: Int64) -> (TraceOutcome, [Int32]?) {
        var nextCheck = TraceClock.now()
        while true {
            if child.poll() { return (.exited(0), nil) }
            let now = TraceClock.now()
            if lock.withLock({ stopRequested }) { return (.stopped, nil) }
            if now >= deadline { return (.timedOut, nil) }
            if now >= nextCheck {
                nextCheck = now + 100_000_000
                if let cycle = lock.withLock({ watch.check(now: now) }) { return (.deadlocked, cycle) }
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
            nanosleep(&pause, nil)
        }
    }

    private func startReader(_ fd: Int32, group: DispatchGroup, take: @escaping @Sendable (TraceRun, ArraySlice<UInt8>) -> Void) {
        group.enter()
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                lock.withLock { take(self, buffer[..<count]) }
            }
            close(fd)
            group.leave()
        }.start()
    }

    private var pendingEventBytes: [UInt8] = []

    /// Splits the pipe's bytes into lines and parses them (called with the lock held).
    private func takeEvents(_ bytes: ArraySlice<UInt8>) {
        pendingEventBytes.append(contentsOf: bytes)
        var start = pendingEventBytes.startIndex
        while let newline = pendingEventBytes[start...].firstIndex(of: 10) {
            if let event = TraceLineParser.parse(pendingEventBytes[start..<newline]) {
                events.append(event)
                watch.apply(event)
                switch event.kind {
                case "hello", "thread": tids.append(event.tid)
                case "wait": waiting.insert(event.tid)
                case "woke", "end": waiting.remove(event.tid)
                default: break
                }
            } else {
                brokenLines += 1
            }
            start = newline + 1
        }
        pendingEventBytes.removeFirst(start - pendingEventBytes.startIndex)
    }

    /// The sampler's loop: every traced thread's /proc files, keeping only changes.
    private func sample(pid: Int32) {
        var readers: [Int32: ProcTaskReader] = [:]
        var last: [Int32: KernelClass] = [:]
        var found: [TraceSample] = []
        var tick = 0
        while true {
            let (known, done, blocked) = lock.withLock { (tids, samplerDone, waiting) }
            if done { break }
            tick &+= 1
            let now = TraceClock.now()
            for tid in known where tick % 16 == 0 || !blocked.contains(tid) {
                if readers[tid] == nil, last[tid] != .gone {
                    guard let reader = ProcTaskReader(pid: pid, tid: tid) else { continue }
                    readers[tid] = reader
                }
                guard let reader = readers[tid] else { continue }
                let kernelClass = reader.sample()
                if last[tid] != kernelClass {
                    last[tid] = kernelClass
                    found.append(TraceSample(time: now, tid: tid, kernelClass: kernelClass))
                }
                if kernelClass == .gone { readers[tid] = nil }
            }
            if !found.isEmpty {
                lock.withLock { samples.append(contentsOf: found) }
                found.removeAll(keepingCapacity: true)
            }
            var pause = timespec(tv_sec: 0, tv_nsec: Int(options.sampleIntervalNanoseconds))
            nanosleep(&pause, nil)
        }
        var spent = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent)
        lock.withLock { samplerCPU = Int64(spent.tv_sec) * 1_000_000_000 + Int64(spent.tv_nsec) }
    }

    /// The program's output so far: the kept lines of stdout, then of stderr, and how many were dropped.
    /// For a view that shows the output while the program runs.
    public func outputSoFar() -> (lines: [String], dropped: Int) {
        lock.withLock {
            let out = stdoutTail.kept, err = stderrTail.kept
            return (out.lines + err.lines, out.dropped + err.dropped)
        }
    }

    /// The recording so far, rebuilt from everything received up to `lagNanoseconds` ago (events come in
    /// batches up to 20 ms late): open (no end time), valid, with the threads seen so far; nil before the
    /// program has started. Each call rebuilds it, so an early part may change by up to the lag between two
    /// calls; a pane shows the latest one rather than appending. For a view that animates a running trace.
    public func snapshot(lagNanoseconds: Int64 = 25_000_000) -> (timeline: Timeline, scenario: Scenario)? {
        lock.withLock {
            guard let launched else { return nil }
            let horizon = TraceClock.now() - lagNanoseconds
            let merged = merge(launched: launched, upTo: horizon)
            return (merged.builder.timeline, merged.scenario)
        }
    }

    /// Events (in time order) and samples up to `horizon`, through a fresh builder (called with the lock held).
    private func merge(launched: Int64, upTo horizon: Int64)
        -> (builder: TraceTimelineBuilder, scenario: Scenario, ordered: [TraceEvent], usable: [TraceSample], hello: TraceEvent?) {
        let ordered = events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element).filter { $0.time <= horizon }
        let hello = ordered.first { $0.kind == "hello" }
        let gil = hello?.flags["gil"] ?? true
        var scenario = Scenario()
        scenario.title = options.program.title
        scenario.cores = Self.machineCores
        scenario.gilSwitchInterval = gil ? (hello?.number("switch_us") ?? 5000) : nil
        var builder = TraceTimelineBuilder(cores: scenario.cores, gil: gil, base: hello?.time ?? launched)
        var sampleIndex = 0
        let usable = samples.filter { $0.time <= horizon }
        for event in ordered {
            while sampleIndex < usable.count, usable[sampleIndex].time < event.time {
                builder.apply(usable[sampleIndex])
                sampleIndex += 1
            }
            builder.apply(event)
        }
        while sampleIndex < usable.count {
            builder.apply(usable[sampleIndex])
            sampleIndex += 1
        }
        return (builder, scenario, ordered, usable, hello)
    }

    /// Merges events and samples in time order into a timeline (called with the lock held).
    private func build(outcome: TraceOutcome, cycle: [Int32]?, launched: Int64, stopTime: Int64) -> TraceResult {
        var (builder, scenario, ordered, usable, hello) = merge(launched: launched, upTo: stopTime)
        let gil = scenario.gilSwitchInterval != nil
        let lastSeen = max(ordered.last?.time ?? launched, usable.last?.time ?? launched)
        let end: Int64
        switch outcome {
        case .exited, .signaled: end = min(stopTime, lastSeen)
        default: end = stopTime
        }
        builder.finish(at: end, deadlock: outcome == .deadlocked ? cycle : nil)
        var notes = builder.notes
        if hello == nil { notes.append(.traceNoTracer) }
        for child in ordered where child.kind == "child" {
            notes.append(.traceForkedChild(pid: Int(child.number("pid") ?? 0)))
        }
        if !gil { notes.append(.traceGILOff) }
        if brokenLines > 0 { notes.append(.traceUnreadableLines(brokenLines)) }
        stdoutTail.close()
        stderrTail.close()
        if stdoutTail.kept.dropped > 0 {
            notes.append(.traceOutputTrimmed(limit: stdoutTail.limit, dropped: stdoutTail.kept.dropped))
        }
        if stderrTail.kept.dropped > 0 {
            notes.append(.traceErrorOutputTrimmed(limit: stderrTail.limit, dropped: stderrTail.kept.dropped))
        }
        return TraceResult(
            timeline: builder.timeline, scenario: scenario, outcome: outcome, stdout: stdoutTail, stderr: stderrTail,
            pythonVersion: hello?.string("python"), gilEnabled: gil, events: ordered, samples: usable, notes: notes,
            samplerCPUNanoseconds: samplerCPU, wallNanoseconds: stopTime - launched
        )
    }
}
