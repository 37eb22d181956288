import TextKernel
import ThreadModel

/// Who holds what at the cursor: cores, the GIL, kernel threads, locks, pool queues, futures, counters.
enum ResourceLines {
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let text = frame.text
        let snapshot = frame.snapshot
        let scenario = frame.demo.scenario
        var lines: [StyledLine] = []
        let cores = snapshot.coreHolders(cores: frame.timeline.cores).enumerated().map { index, holder in
            "\(index + 1) " + (holder.map { frame.name($0) } ?? text.idle)
        }
        var machine = [entry(text.cores, cores.joined(separator: ", "))]
        if scenario.gilSwitchInterval != nil {
            machine.append(entry(text.gil, snapshot.gilHolder.map { frame.name($0) } ?? text.free))
        }
        if !snapshot.kernelThreads.isEmpty {
            let carried = snapshot.kernelThreads.enumerated().map { "\($0 + 1) " + ($1.map { frame.name($0) } ?? text.idle) }
            machine.append(entry(text.kernelThreads, carried.joined(separator: ", ")))
        }
        lines += pack(machine, width: width)
        lines += pack(snapshot.locks.map { lock in
            var value = lock.holder.map { frame.name($0) } ?? text.free
            if !lock.waiters.isEmpty { value += " (" + text.waiting(lock.waiters.map { frame.name($0) }.joined(separator: ", ")) + ")" }
            return entry(text.lock(lock.name), value)
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
