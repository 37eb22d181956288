/// The `json` format of `threadtutor demo`: one object with `transitions`, `events`, `stats` and `deadlock`.
/// The shape is documented in docs/timeline-json.md and stays stable; times are integer microseconds and
/// reasons are English sentences (with a machine-readable `reason_kind`).
public enum TimelineJSON {
    public static func render(_ timeline: Timeline, scenario: Scenario? = nil) -> String {
        let names = timeline.threads.map(\.name)
        let name = { (id: ThreadID) in JSONText.quote(names[id.rawValue]) }
        let members: [(String, String)] = [
            ("title", JSONText.quote(scenario?.title)),
            ("cores", "\(timeline.cores)"),
            ("gil_switch_interval_us", scenario?.gilSwitchInterval.map(String.init) ?? "null"),
            ("model", JSONText.quote(scenario?.model.name)),
            ("threads", JSONText.array(timeline.threads.map(thread))),
            ("transitions", JSONText.array(timeline.transitions.map { transition($0, name: name) })),
            ("events", JSONText.array(timeline.events.map { ResourceEventJSON.render($0, names: names) })),
            ("stats", stats(timeline)),
            ("deadlock", timeline.deadlock.map { deadlock($0, name: name) } ?? "null"),
        ]
        return JSONText.object(members) + "\n"
    }

    private static func thread(_ info: ThreadInfo) -> String {
        JSONText.object([
            ("id", "\(info.id.rawValue)"), ("name", JSONText.quote(info.name)), ("kind", JSONText.quote(info.kind.rawValue)),
            ("pool", JSONText.quote(info.pool)), ("kernel_tid", info.kernelTID.map { "\($0)" } ?? "null"),
        ])
    }

    private static func transition(_ transition: Transition, name: (ThreadID) -> String) -> String {
        JSONText.object([
            ("seq", "\(transition.seq)"), ("time_us", "\(transition.time)"), ("thread", name(transition.thread)),
            ("from", JSONText.quote(transition.from.rawValue)), ("to", JSONText.quote(transition.to.rawValue)),
            ("core", JSONText.number(transition.core)),
            ("reason", JSONText.quote(transition.reason.sentence(in: .en))), ("reason_kind", JSONText.quote(transition.reason.kind)),
        ])
    }

    private static func stats(_ timeline: Timeline) -> String {
        let perThread = timeline.threads.map { info in
            let totals = timeline.totals(for: info.id)
            return (info.name, JSONText.object([
                ("running_us", "\(totals.running)"), ("ready_us", "\(totals.ready)"),
                ("blocked_us", "\(totals.blocked)"), ("created_us", "\(totals.created)"),
            ]))
        }
        let counters = timeline.finalCounters.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") }
        return JSONText.object([
            ("makespan_us", "\(timeline.makespan)"), ("end_us", "\(timeline.end)"),
            ("utilisation", JSONText.fraction(timeline.utilisation)),
            ("transitions", "\(timeline.transitions.count)"), ("events", "\(timeline.events.count)"),
            ("threads", JSONText.object(perThread)), ("counters", JSONText.object(counters)),
        ])
    }

    private static func deadlock(_ deadlock: Deadlock, name: (ThreadID) -> String) -> String {
        let edge = { (edge: WaitEdge) in
            JSONText.object([
                ("thread", name(edge.thread)), ("waits_for", edge.waitsFor.map(name) ?? "null"),
                ("reason", JSONText.quote(edge.reason.sentence(in: .en))), ("reason_kind", JSONText.quote(edge.reason.kind)),
            ])
        }
        return JSONText.object([
            ("time_us", "\(deadlock.time)"), ("cycle", JSONText.array(deadlock.cycle.map(edge))),
            ("stuck", JSONText.array(deadlock.stuck.map(edge))),
        ])
    }
}
