/// The `chrome-trace` format of `threadtutor demo`: Chrome Trace Event JSON that opens in Perfetto and
/// chrome://tracing, with one track per thread, a slice per state span and instant marks for resource events.
public enum ChromeTrace {
    public static func render(_ timeline: Timeline, scenario: Scenario? = nil) -> String {
        var events: [String] = [
            metadata("process_name", tid: 0, args: [("name", JSONText.quote(scenario?.title ?? "threadtutor"))]),
        ]
        for info in timeline.threads {
            let tid = info.id.rawValue + 1
            events.append(metadata("thread_name", tid: tid, args: [("name", JSONText.quote(info.name))]))
            events.append(metadata("thread_sort_index", tid: tid, args: [("sort_index", "\(info.id.rawValue)")]))
            for span in timeline.spans(for: info.id) where span.duration > 0 && span.state != .terminated {
                var args = [("reason", JSONText.quote(span.reason?.sentence(in: .en) ?? "created"))]
                if let core = span.core { args.append(("core", "\(core)")) }
                events.append(JSONText.object([
                    ("name", JSONText.quote(span.state.rawValue)), ("cat", JSONText.quote("state")), ("ph", JSONText.quote("X")),
                    ("ts", "\(span.start)"), ("dur", "\(span.duration)"), ("pid", "1"), ("tid", "\(tid)"),
                    ("args", JSONText.object(args)),
                ]))
            }
        }
        let names = timeline.threads.map(\.name)
        for event in timeline.events where event.kind.name != "core" && event.kind.name != "kernel-thread" {
            events.append(JSONText.object([
                ("name", JSONText.quote(event.kind.name)), ("cat", JSONText.quote("resource")), ("ph", JSONText.quote("i")),
                ("s", JSONText.quote("p")), ("ts", "\(event.time)"), ("pid", "1"), ("tid", "0"),
                ("args", ResourceEventJSON.render(event, names: names)),
            ]))
        }
        return JSONText.object([
            ("displayTimeUnit", JSONText.quote("ms")), ("traceEvents", "[\n" + events.joined(separator: ",\n") + "\n]"),
        ]) + "\n"
    }

    private static func metadata(_ name: String, tid: Int, args: [(String, String)]) -> String {
        JSONText.object([
            ("name", JSONText.quote(name)), ("ph", JSONText.quote("M")), ("pid", "1"), ("tid", "\(tid)"),
            ("args", JSONText.object(args)),
        ])
    }
}
