import ThreadModel

/// Turns the recorder's compact entries into ThreadModel's Timeline: indices become names, ns become µs.
/// Appending keeps the recorder's order, so the timeline's sequence numbers equal the recorder's.
struct LiveTimelineBuilder: Sendable {
    let plan: LivePlan
    /// The run's time scale: recorded times are divided by it so the timeline reads in scenario time.
    var timeScale: Double = 1

    /// Real ns since the run began → scenario µs.
    func micros(_ nanoseconds: Int64) -> Int64 {
        Int64((Double(nanoseconds) / 1_000 / timeScale).rounded(.down))
    }

    /// An empty timeline with every thread of the run (kernel ids when known, 0 meaning unknown).
    func makeTimeline(kernelTIDs: [Int32]) -> Timeline {
        var timeline = Timeline(cores: plan.cores)
        for (index, thread) in plan.threads.enumerated() {
            let tid = kernelTIDs.indices.contains(index) && kernelTIDs[index] > 0 ? kernelTIDs[index] : nil
            timeline.addThread(
                name: thread.name, kind: thread.pool == nil ? .thread : .poolWorker,
                pool: thread.pool.map { plan.poolNames[$0] }, kernelTID: tid
            )
        }
        return timeline
    }

    func append(_ records: [LiveRecord], to timeline: inout Timeline) {
        for record in records {
            let time = micros(record.nanoseconds)
            switch record.entry {
            case .transition(let thread, let from, let to, let core, let reason):
                timeline.record(
                    ThreadID(thread), from: state(from), to: state(to), at: time, core: core, reason: self.reason(reason)
                )
            case .resource(let event):
                timeline.record(kind(event), at: time)
            }
        }
    }

    func state(_ state: LiveState) -> ThreadState {
        switch state {
        case .created: .created
        case .ready: .ready
        case .running: .running
        case .blocked: .blocked
        case .terminated: .terminated
        }
    }

    private func thread(_ index: Int) -> String { plan.threads[index].name }
    private func task(_ index: Int) -> String { plan.taskNames[index] }

    func reason(_ reason: LiveReason) -> Reason {
        switch reason {
        case .started: .started
        case .dispatched(let core): .dispatched(core: core)
        case .sliceUsedUp: .sliceUsedUp
        case .gilHandedOver(let to, let after): .gilHandedOver(to: thread(to), afterMicros: micros(after))
        case .gotGIL(let from): .gotGIL(from: thread(from))
        case .waitingForIO: .waitingForIO
        case .ioDone: .ioDone
        case .sleeping: .sleeping
        case .wokeUp: .wokeUp
        case .waitingForLock(let lock, let holder): .waitingForLock(lock: plan.lockNames[lock], holder: thread(holder))
        case .gotLock(let lock): .gotLock(lock: plan.lockNames[lock])
        case .waitingForEvent(let event): .waitingForEvent(event: plan.eventNames[event])
        case .eventSet(let event): .eventSet(event: plan.eventNames[event])
        case .waitingForThread(let other): .waitingForThread(thread: thread(other))
        case .threadFinished(let other): .threadFinished(thread: thread(other))
        case .waitingForResult(let index): .waitingForResult(task: task(index))
        case .resultReady(let index): .resultReady(task: task(index))
        case .waitingForWork: .waitingForWork
        case .gotTask(let index): .gotTask(task: task(index))
        case .waitingForPool(let pool): .waitingForPool(pool: plan.poolNames[pool])
        case .poolShutDown(let pool): .poolShutDown(pool: plan.poolNames[pool])
        case .poolClosing(let pool): .poolClosing(pool: plan.poolNames[pool])
        case .finished: .finished
        }
    }

    func kind(_ event: LiveResourceEvent) -> ResourceEventKind {
        switch event {
        case .coreAssigned(let core, let thread): .coreAssigned(core: core, thread: thread.map(ThreadID.init))
        case .kernelThreadAssigned(let kernelThread, let thread):
            .kernelThreadAssigned(kernelThread: kernelThread, thread: thread.map(ThreadID.init))
        case .gilAcquired(let thread): .gilAcquired(thread: ThreadID(thread))
        case .gilReleased(let thread): .gilReleased(thread: ThreadID(thread))
        case .lockAcquired(let lock, let thread): .lockAcquired(lock: plan.lockNames[lock], thread: ThreadID(thread))
        case .lockReleased(let lock, let thread): .lockReleased(lock: plan.lockNames[lock], thread: ThreadID(thread))
        case .lockWaiting(let lock, let thread): .lockWaiting(lock: plan.lockNames[lock], thread: ThreadID(thread))
        case .eventSet(let event, let thread): .eventSet(event: plan.eventNames[event], thread: ThreadID(thread))
        case .eventCleared(let event, let thread): .eventCleared(event: plan.eventNames[event], thread: ThreadID(thread))
        case .taskQueued(let pool, let index): .taskQueued(pool: plan.poolNames[pool], task: task(index))
        case .taskDequeued(let pool, let index, let worker):
            .taskDequeued(pool: plan.poolNames[pool], task: task(index), worker: ThreadID(worker))
        case .futurePending(let index): .futureState(task: task(index), state: .pending)
        case .futureRunning(let index): .futureState(task: task(index), state: .running)
        case .futureDone(let index): .futureState(task: task(index), state: .done)
        case .counterRead(let counter, let thread, let value):
            .counterRead(counter: plan.counterNames[counter], thread: ThreadID(thread), value: value)
        case .counterWritten(let counter, let thread, let value):
            .counterWritten(counter: plan.counterNames[counter], thread: ThreadID(thread), value: value)
        }
    }

    func deadlock(_ report: LiveDeadlockReport) -> Deadlock {
        Deadlock(time: micros(report.nanoseconds), cycle: report.cycle.map(edge), stuck: report.stuck.map(edge))
    }

    private func edge(_ edge: LiveWaitEdge) -> WaitEdge {
        WaitEdge(thread: ThreadID(edge.thread), waitsFor: edge.waitsFor.map(ThreadID.init), reason: reason(edge.reason))
    }
}
