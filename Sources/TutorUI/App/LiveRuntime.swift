import ThreadModel

/// Carries out the live effects for the app loop: it owns the runners (the only objects with threads behind
/// them), so the model holds only values. Each run is drained into the runtime's own copy of its recording,
/// and what is new since the last look goes back to the model as a message.
public struct LiveRuntime {
    /// One running scenario, with how much of its recording the model has been sent.
    private struct Run {
        let runner: any LiveDemoRunner
        var mirror: Timeline
        var sentTransitions = 0
        var sentEvents = 0
        var sentKernelChanges: [KernelStateChange] = []
        /// The batch that closed the recording was sent: the run is left alone until it is stopped.
        var closed = false
    }

    private let starter: LiveDemoStarter?
    private let tracer: TraceStarter?
    private var runs: [RunID: Run] = [:]
    /// Traced programs started and not yet stopped (a run id names either a scenario run or a trace).
    private var traces: [RunID: any TraceRunner] = [:]

    /// `starter` makes runners (nil: live runs are not available, and a start always fails); `tracer` makes
    /// traces of Python programs (nil: tracing is not available).
    public init(starter: LiveDemoStarter?, tracer: TraceStarter? = nil) {
        self.starter = starter
        self.tracer = tracer
    }

    /// The runs and traces started and not yet stopped, in the order they were started.
    public var running: [RunID] { (Array(runs.keys) + Array(traces.keys)).sorted { $0.rawValue < $1.rawValue } }

    /// Starts a traced program; returns its news: its first progress, or failed.
    public mutating func startTrace(_ id: RunID, request: TraceRequest) -> [Message] {
        stop(id)
        guard let runner = tracer?(request), runner.start() else { return [.live(id, .failed)] }
        traces[id] = runner
        return [.live(id, .traced(runner.progress() ?? TraceProgress(version: 0, timeline: Timeline(cores: 1))))]
    }

    /// Starts a run; returns its news: started (with what it recorded at once), or failed.
    public mutating func start(_ id: RunID, scenario: Scenario, timeScale: Double) -> [Message] {
        stop(id)
        guard let runner = starter?(scenario, timeScale), runner.start() else { return [.live(id, .failed)] }
        let mirror = runner.makeTimeline()
        runs[id] = Run(runner: runner, mirror: mirror)
        let started = Message.live(id, .started(threads: mirror.threads, cores: mirror.cores,
                                                machineCores: runner.machineCores))
        return [started] + drain(id)
    }

    /// Ends a run's threads; when this returns none is left. Unknown ids are ignored.
    public mutating func stop(_ id: RunID) {
        runs.removeValue(forKey: id)?.runner.stop()
        traces.removeValue(forKey: id)?.stop()
    }

    /// Ends every run (when the app stops).
    public mutating func stopAll() {
        for id in running { stop(id) }
    }

    /// What every open run recorded since the last look, one message per run that has news.
    public mutating func drain() -> [Message] {
        running.flatMap { drain($0) }
    }

    private mutating func drain(_ id: RunID) -> [Message] {
        if let trace = traces[id] { return trace.progress().map { [.live(id, .traced($0))] } ?? [] }
        guard var run = runs[id], !run.closed else { return [] }
        runs[id] = nil  // so the mirror below is the only copy and appending does not copy it
        run.runner.drain(into: &run.mirror)
        let batch = Self.batch(&run)
        runs[id] = run
        return batch.map { [.live(id, .records($0))] } ?? []
    }

    /// The entries past what was sent, in sequence order, and the run's end; nil when nothing is new.
    private static func batch(_ run: inout Run) -> LiveBatch? {
        let transitions = run.mirror.transitions[run.sentTransitions...].map(TimelineEntry.transition)
        let events = run.mirror.events[run.sentEvents...].map(TimelineEntry.event)
        run.sentTransitions = run.mirror.transitions.count
        run.sentEvents = run.mirror.events.count
        let kernel = run.runner.kernelChanges()
        let kernelNews = kernel == run.sentKernelChanges ? nil : kernel
        run.sentKernelChanges = kernel
        run.closed = run.mirror.endTime != nil
        guard !transitions.isEmpty || !events.isEmpty || kernelNews != nil || run.closed else { return nil }
        return LiveBatch(entries: (transitions + events).sorted { $0.seq < $1.seq }, deadlock: run.mirror.deadlock,
                         endTime: run.mirror.endTime, kernelChanges: kernelNews)
    }
}
