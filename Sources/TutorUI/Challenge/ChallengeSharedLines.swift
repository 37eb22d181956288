import TextKernel
import ThreadModel
import TutorBasics

/// What the threads share, in one wrapped paragraph: counters, locks with their holder and waiters, events,
/// semaphores, queues (lists) with their items, conditions with their waiters, barriers with their arrivals.
enum ChallengeSharedLines {
    static func lines(_ pane: ChallengePane, width: Int, context: DemoContext) -> [StyledLine] {
        let items = items(pane, context: context)
        guard !items.isEmpty else { return [] }
        var spans = [StyledSpan(context.language.catalog(.challengeShared) + ":", Style(.heading, bold: true))]
        for item in items { spans += [StyledSpan("  "), StyledSpan(item, Style(.plain))] }
        return TextWrapper.wrap(spans, width: width, indent: 2)
    }

    /// Each shared object and its value now, as a short phrase.
    static func items(_ pane: ChallengePane, context: DemoContext) -> [String] {
        let say = context.language.catalog
        let program = pane.program, state = pane.state
        let holdings = ChallengeHoldings(engine: pane.engine, state: state)
        var items: [String] = []
        for (index, name) in program.counters.enumerated() {
            items.append(say(.challengeCounterValue(counter: name, value: state.counters[index])))
        }
        for (index, name) in program.locks.enumerated() {
            var text = state.lockHolders[index].map { say(.challengeLockHeld(lock: name, holder: program.threads[$0.rawValue].name)) }
                ?? say(.challengeLockFree(lock: name))
            let waiters = holdings.waiters(forLock: index).map { program.threads[$0.rawValue].name }
            if !waiters.isEmpty { text += ", " + say(.demoWaiting(names: waiters.joined(separator: ", "))) }
            items.append(text)
        }
        for (index, name) in program.events.enumerated() {
            items.append(say(state.eventsSet[index] ? .challengeEventSet(event: name) : .challengeEventNotSet(event: name)))
        }
        for (index, semaphore) in program.semaphores.enumerated() {
            items.append(say(.challengeSemaphoreValue(semaphore: semaphore.name, value: state.semaphoreValues[index])))
        }
        for (index, queue) in program.queues.enumerated() {
            let contents = state.queueItems[index]
            items.append(say(.demoItemQueue(queue.name)) + ": "
                         + (contents.isEmpty ? say(.demoEmpty) : "[" + contents.joined(separator: ", ") + "]"))
        }
        for (index, condition) in program.conditions.enumerated() {
            let waiters = state.conditionWaiters[index].map { program.threads[$0.rawValue].name }
            items.append(say(.demoCondition(condition.name)) + ": "
                         + (waiters.isEmpty ? say(.demoNobodyWaits) : say(.demoWaiting(names: waiters.joined(separator: ", ")))))
        }
        for (index, barrier) in program.barriers.enumerated() {
            items.append(say(.demoBarrier(barrier.name)) + ": "
                         + say(.demoArrived(state.barrierWaiters[index].count, of: barrier.parties)))
        }
        // A semicolon keeps "lock L: held by A, waiting: B" apart from what follows.
        return items.indices.map { $0 == items.count - 1 ? items[$0] : items[$0] + ";" }
    }
}
