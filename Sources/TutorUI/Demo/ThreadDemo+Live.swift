import ThreadModel

/// Live mode: the pane asks for runs through effects and plays what their batches record. It never holds a
/// runner or a thread; the app loop's `LiveRuntime` does.
extension ThreadDemo {
    /// Takes news of this pane's live run; news of any other run (one stopped since) is dropped.
    public mutating func receive(_ update: LiveUpdate, for run: RunID) -> DemoReply {
        guard run == liveRun else { return DemoReply() }
        notice = nil
        requests = []
        switch update {
        case .started(let threads, let cores, let machineCores): liveStarted(threads, cores: cores, machineCores: machineCores)
        case .records(let batch): append(batch)
        case .failed: liveFailed()
        case .traced: break  // a traced program's news goes to its `TracePane`
        }
        return reply()
    }

    /// Asks for a live run (stopping any earlier one). The pane switches to it when the runtime says the
    /// threads started (`receive(.started)`), so a refused run leaves the pane as it was.
    mutating func startLiveRun(runs: inout RunID.Counter) {
        stopLiveRun()
        guard liveAvailable else {
            notice = .liveUnavailable
            return
        }
        // Real µs per scenario µs: slow motion, so the real threads move about as fast as playback, but at most
        // 100x, so `compute` never burns more than a hundred times its length of real CPU. Kernel letters are
        // stamped in scenario time, so they line up with the cursor either way.
        let timeScale = min(100, max(0.01, 1_000 / (playback.rate * playback.speed)))
        let run = runs.next()
        liveRun = run
        requests.append(.startLive(run, scenario, timeScale: timeScale))
    }

    /// The threads run: play their recording as it grows.
    mutating func liveStarted(_ threads: [ThreadInfo], cores: Int, machineCores: Int) {
        var timeline = Timeline(cores: cores)
        for thread in threads {
            timeline.addThread(name: thread.name, kind: thread.kind, pool: thread.pool, kernelTID: thread.kernelTID)
        }
        recorded = timeline
        self.machineCores = machineCores
        mode = .live
        question = nil
        reveal = nil
        playback = Playback(rate: playback.rate)
        playback.isPlaying = true
    }

    mutating func liveFailed() {
        liveRun = nil
        recorded = nil
        notice = .liveFailed
        if mode == .live { mode = .simulated }
    }

    /// Asks the runtime to stop this pane's run, and forgets its recording.
    mutating func stopLiveRun() {
        if let liveRun { requests.append(.stopLive(liveRun)) }
        liveRun = nil
        recorded = nil
        machineCores = nil
        kernelChanges = []
    }

    /// The live inbox: what the real threads recorded since the last batch, and the kernel's letters.
    mutating func append(_ batch: LiveBatch) {
        guard mode == .live, var timeline = recorded, timeline.endTime == nil else { return }
        // Let go of the stored copy first, so appending does not copy the whole timeline on every tick.
        recorded = nil
        batch.apply(to: &timeline)
        recorded = timeline
        if let changes = batch.kernelChanges { kernelChanges = changes }
    }
}
