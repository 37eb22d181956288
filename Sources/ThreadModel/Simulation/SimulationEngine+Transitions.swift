/// Moving threads between states, with the resources each move takes or gives back.
extension SimulationEngine {
    mutating func start(_ id: ThreadID) {
        threads[id.rawValue].state = .ready
        timeline.record(id, from: .created, to: .ready, at: now, reason: .started)
        ready.append(id)
        scheduleGILDropIfWanted()
    }

    /// Charges the CPU time used since the thread's current stretch began.
    mutating func accountCPU(_ id: ThreadID) {
        let used = now - threads[id.rawValue].runStart
        if threads[id.rawValue].remaining > 0 { threads[id.rawValue].remaining -= min(used, threads[id.rawValue].remaining) }
        threads[id.rawValue].runStart = now
    }

    mutating func scheduleCheckpoint(_ id: ThreadID) {
        let thread = threads[id.rawValue]
        let until = min(thread.remaining, max(0, thread.sliceEnd - now))
        threads[id.rawValue].runStart = now
        schedule(.checkpoint(id, epoch: thread.epoch), at: now + until)
    }

    mutating func preempt(_ id: ThreadID, reason: Reason) {
        leaveCPU(id, to: .ready, reason: reason, keepKernelThread: false)
        ready.append(id)
    }

    mutating func block(_ id: ThreadID, reason: Reason, on wait: SimulatedWait) {
        threads[id.rawValue].wait = wait
        threads[id.rawValue].blockReason = reason
        leaveCPU(id, to: .blocked, reason: reason, keepKernelThread: wait == .timer)
    }

    mutating func terminate(_ id: ThreadID, reason: Reason = .finished) {
        leaveCPU(id, to: .terminated, reason: reason, keepKernelThread: false)
        let name = threads[id.rawValue].name
        for joiner in joiners[id.rawValue] { wake(joiner, reason: .threadFinished(thread: name)) }
        joiners[id.rawValue] = []
        if threads[id.rawValue].pool == nil {
            activeThreads -= 1
            if activeThreads == 0 { closeAllPools() }
        }
    }

    /// running → `state`: frees the core, the GIL and (unless in a system call) the kernel thread.
    private mutating func leaveCPU(_ id: ThreadID, to state: ThreadState, reason: Reason, keepKernelThread: Bool) {
        let core = threads[id.rawValue].core
        threads[id.rawValue].state = state
        threads[id.rawValue].core = nil
        threads[id.rawValue].epoch += 1
        timeline.record(id, from: .running, to: state, at: now, core: core, reason: reason)
        if let core {
            coreOwners[core - 1] = nil
            timeline.record(.coreAssigned(core: core, thread: nil), at: now)
        }
        if gilHolder == id {
            gilHolder = nil
            gilReleased = (by: id, at: now)
            timeline.record(.gilReleased(thread: id), at: now)
        }
        if !keepKernelThread { releaseKernelThread(id) }
    }

    mutating func releaseKernelThread(_ id: ThreadID) {
        guard let kernelThread = threads[id.rawValue].kernelThread else { return }
        threads[id.rawValue].kernelThread = nil
        kernelThreadOwners[kernelThread - 1] = nil
        timeline.record(.kernelThreadAssigned(kernelThread: kernelThread, thread: nil), at: now)
    }

    /// blocked → ready. A thread back from a system call (io, sleep) keeps the kernel thread it never left, so
    /// under many-to-one and many-to-many it resumes there next, as an M:1 library's caller does.
    mutating func wake(_ id: ThreadID, reason: Reason) {
        guard threads[id.rawValue].state == .blocked else { return }
        if threads[id.rawValue].wait != .timer { releaseKernelThread(id) }
        threads[id.rawValue].state = .ready
        threads[id.rawValue].wait = .none
        threads[id.rawValue].epoch += 1
        timeline.record(id, from: .blocked, to: .ready, at: now, reason: reason)
        ready.append(id)
        scheduleGILDropIfWanted()
    }
}
