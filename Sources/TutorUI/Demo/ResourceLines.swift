import TextKernel
import ThreadModel

/// Who holds what at the cursor: cores, the GIL, kernel threads, locks, pool queues, futures, counters.
enum ResourceLines {
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let snapshot = frame.snapshot
        let scenario = frame.demo.scenario
        var lines: [StyledLine] = []
        // Cores as a row of slots, each with the thread on it: "cores: [1 A] [2 -]".
        var coreRow = StyledLine([StyledSpan(frame.say(.demoCores) + ":", Style(.muted))])
        for (index, holder) in snapshot.coreHolders(cores: frame.timeline.cores).enumerated() {
            coreRow.spans += [StyledSpan(" [\(index + 1) ", Style(.muted))]
                + (holder.map { thread(frame, $0).spans } ?? [StyledSpan(frame.say(.demoIdle), Style(.muted))]) + [StyledSpan("]", Style(.muted))]
        }
        var machine = [coreRow]
        if scenario.gilSwitchInterval != nil {
            // The GIL as a token on its holder.
            let holder = snapshot.gilHolder.map { thread(frame, $0) } ?? StyledLine(frame.say(.demoFree), Style(.muted))
            machine.append(StyledLine([StyledSpan("GIL: ", Style(.muted)), StyledSpan("{", Style(.warning, bold: true))]
                                      + holder.spans + [StyledSpan("}", Style(.warning, bold: true))]))
        }
        if !snapshot.kernelThreads.isEmpty {
            let carried = snapshot.kernelThreads.enumerated().map { "\($0 + 1) " + ($1.map { frame.name($0) } ?? frame.say(.demoIdle)) }
            machine.append(entry(frame.say(.demoKernelThreads), carried.joined(separator: ", ")))
        }
        lines += pack(machine, width: width)
        // "lock L: A <- B, C": the owner, then its queue of waiters (ASCII: an arrow glyph may be drawn wide).
        lines += pack(snapshot.locks.map { lock in
            var line = StyledLine([StyledSpan(frame.say(.demoLock(lock.name)) + ": ", Style(.muted))])
            line.spans += lock.holder.map { thread(frame, $0).spans } ?? [StyledSpan(frame.say(.demoFree), Style(.muted))]
            for (index, waiter) in lock.waiters.enumerated() {
                line.spans.append(StyledSpan(index == 0 ? " <- " : ", ", Style(.muted)))
                line.spans += thread(frame, waiter).spans
            }
            return line
        }, width: width)
        lines += snapshot.queues.map { queue in
            entry(frame.say(.demoQueue(pool: queue.pool)), queue.tasks.isEmpty ? frame.say(.demoEmpty) : queue.tasks.joined(separator: " ") + " (\(queue.tasks.count))")
        }
        lines += CoordinationLines.lines(frame, width: width)
        if !snapshot.futures.isEmpty { lines.append(futures(frame, width: width)) }
        if !snapshot.counters.isEmpty {
            lines += pack(snapshot.counters.map { counter in
                var line = StyledLine([StyledSpan(counter.name, Style(.muted)), StyledSpan(" = \(counter.value)", Style(.plain, bold: true))])
                let pending = snapshot.pendingReads[counter.name] ?? []
                if !pending.isEmpty {
                    let reads = pending.map { frame.say(.readNotWritten(thread: frame.name($0.thread), value: $0.value)) }.joined(separator: ", ")
                    line.spans.append(StyledSpan(" (" + reads + ")", Style(.warning)))
                }
                return line
            }, width: width)
        }
        if frame.demo.mode == .live, let machineCores = frame.demo.machineCores, scenario.cores > machineCores {
            lines += TextWrapper.wrap([StyledSpan(frame.say(.tooManyCores(wanted: scenario.cores, machine: machineCores)), Style(.warning))], width: width)
        }
        return lines
    }

    /// Every future by name when they fit on a line, else how many are in each state.
    private static func futures(_ frame: DemoFrame, width: Int) -> StyledLine {
        let each = frame.snapshot.futures.map { "\($0.task) " + futureWord($0.state, frame) }.joined(separator: ", ")
        let full = entry(frame.say(.demoFutures), each)
        guard full.width > width else { return full }
        let counts = [FutureState.done, .running, .pending].compactMap { state -> String? in
            let count = frame.snapshot.futures.filter { $0.state == state }.count
            return count == 0 ? nil : "\(count) " + futureWord(state, frame)
        }
        return entry(frame.say(.demoFutures), counts.joined(separator: ", "))
    }

    private static func futureWord(_ state: FutureState, _ frame: DemoFrame) -> String {
        switch state {
        case .pending: frame.say(.futurePending)
        case .running: frame.say(.futureRunning)
        case .done: frame.say(.futureDone)
        }
    }

    /// A thread's name, the selected thread marked in the board's style.
    private static func thread(_ frame: DemoFrame, _ id: ThreadID) -> StyledLine {
        let selected = id.rawValue == frame.demo.selected
        return StyledLine(frame.name(id), selected ? Style(.accent, bold: true, underline: true) : .plain)
    }

    static func entry(_ label: String, _ value: String) -> StyledLine {
        StyledLine([StyledSpan(label + ": ", Style(.muted)), StyledSpan(value)])
    }

    /// Puts short entries side by side, two spaces apart, as many to a line as fit.
    static func pack(_ entries: [StyledLine], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for entry in entries {
            if let last = lines.last, last.width + 3 + entry.width <= width {
                lines[lines.count - 1].spans += [StyledSpan("   ")] + entry.spans
            } else {
                lines.append(entry)
            }
        }
        return lines
    }
}
