import TextKernel
import ThreadModel

/// Who holds what at the cursor: cores, the GIL, kernel threads, locks, pool queues, futures, counters.
enum ResourceLines {
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let text = frame.text
        let snapshot = frame.snapshot
        let scenario = frame.demo.scenario
        var lines: [StyledLine] = []
        // Cores as a row of slots, each with the thread on it: "cores: [1 A] [2 -]".
        var coreRow = StyledLine([StyledSpan(text.cores + ":", Style(.muted))])
        for (index, holder) in snapshot.coreHolders(cores: frame.timeline.cores).enumerated() {
            coreRow.spans += [StyledSpan(" [\(index + 1) ", Style(.muted))]
                + (holder.map { thread(frame, $0).spans } ?? [StyledSpan(text.idle, Style(.muted))]) + [StyledSpan("]", Style(.muted))]
        }
        var machine = [coreRow]
        if scenario.gilSwitchInterval != nil {
            // The GIL as a token on its holder.
            let holder = snapshot.gilHolder.map { thread(frame, $0) } ?? StyledLine(text.free, Style(.muted))
            machine.append(StyledLine([StyledSpan(text.gil + ": ", Style(.muted)), StyledSpan("{", Style(.warning, bold: true))]
                                      + holder.spans + [StyledSpan("}", Style(.warning, bold: true))]))
        }
        if !snapshot.kernelThreads.isEmpty {
            let carried = snapshot.kernelThreads.enumerated().map { "\($0 + 1) " + ($1.map { frame.name($0) } ?? text.idle) }
            machine.append(entry(text.kernelThreads, carried.joined(separator: ", ")))
        }
        lines += pack(machine, width: width)
        // "lock L: A <- B, C": the owner, then its queue of waiters (ASCII: an arrow glyph may be drawn wide).
        lines += pack(snapshot.locks.map { lock in
            var line = StyledLine([StyledSpan(text.lock(lock.name) + ": ", Style(.muted))])
            line.spans += lock.holder.map { thread(frame, $0).spans } ?? [StyledSpan(text.free, Style(.muted))]
            for (index, waiter) in lock.waiters.enumerated() {
                line.spans.append(StyledSpan(index == 0 ? " <- " : ", ", Style(.muted)))
                line.spans += thread(frame, waiter).spans
            }
            return line
        }, width: width)
        lines += snapshot.queues.map { queue in
            entry(text.queue(queue.pool), queue.tasks.isEmpty ? text.empty : queue.tasks.joined(separator: " ") + " (\(queue.tasks.count))")
        }
        lines += CoordinationLines.lines(frame, width: width)
        if !snapshot.futures.isEmpty { lines.append(futures(frame, width: width)) }
        if !snapshot.counters.isEmpty {
            lines += pack(snapshot.counters.map { counter in
                var line = StyledLine([StyledSpan(counter.name, Style(.muted)), StyledSpan(" = \(counter.value)", Style(.plain, bold: true))])
                let pending = snapshot.pendingReads[counter.name] ?? []
                if !pending.isEmpty {
                    let reads = pending.map { text.readNotWritten(frame.name($0.thread), $0.value) }.joined(separator: ", ")
                    line.spans.append(StyledSpan(" (" + reads + ")", Style(.warning)))
                }
                return line
            }, width: width)
        }
        if frame.demo.mode == .live, let machineCores = frame.demo.machineCores, scenario.cores > machineCores {
            lines += TextWrapper.wrap([StyledSpan(text.tooManyCores(scenario.cores, machineCores), Style(.warning))], width: width)
        }
        return lines
    }

    /// Every future by name when they fit on a line, else how many are in each state.
    private static func futures(_ frame: DemoFrame, width: Int) -> StyledLine {
        let text = frame.text
        let each = frame.snapshot.futures.map { "\($0.task) " + text.future($0.state) }.joined(separator: ", ")
        let full = entry(text.futures, each)
        guard full.width > width else { return full }
        let counts = [FutureState.done, .running, .pending].compactMap { state -> String? in
            let count = frame.snapshot.futures.filter { $0.state == state }.count
            return count == 0 ? nil : "\(count) " + text.future(state)
        }
        return entry(text.futures, counts.joined(separator: ", "))
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
