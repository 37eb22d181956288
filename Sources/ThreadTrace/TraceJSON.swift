import ThreadModel
import TutorBasics

/// `threadtutor trace --format json`: the document `demo --format json` prints (docs/timeline-json.md), so
/// whatever reads one reads the other, plus one added member, `trace`: the interpreter, whether the GIL was on,
/// how the program ended, the tail of its output and the notes.
public enum TraceJSON {
    public static func render(_ result: TraceResult) -> String {
        var document = TimelineJSON.render(result.timeline, scenario: result.scenario)
        while document.last == "\n" || document.last == " " { document.removeLast() }
        guard document.last == "}" else { return document + "\n" }
        document.removeLast()
        return document + ",\"trace\":" + member(result) + "}\n"
    }

    static func member(_ result: TraceResult) -> String {
        let (kind, status): (String, String) = switch result.outcome {
        case .exited(let code): ("exited", "\(code)")
        case .signaled(let signal): ("signaled", "\(signal)")
        case .timedOut: ("timed-out", "null")
        case .deadlocked: ("deadlocked", "null")
        case .stopped: ("stopped", "null")
        }
        let fields: [(String, String)] = [
            ("python", result.pythonVersion.map(quote) ?? "null"),
            ("gil", result.gilEnabled ? "true" : "false"),
            ("outcome", quote(kind)),
            ("exit_status", status),
            ("stdout", lines(result.stdout)),
            ("stderr", lines(result.stderr)),
            ("notes", "[" + result.notes.map { quote(Language.en.catalog($0)) }.joined(separator: ",") + "]"),
            ("wall_us", "\(result.wallNanoseconds / 1000)"),
            ("sampler_cpu_us", "\(result.samplerCPUNanoseconds / 1000)"),
        ]
        return "{" + fields.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func lines(_ tail: OutputTail) -> String {
        let kept = tail.kept
        return "{\"lines\":[" + kept.lines.map(quote).joined(separator: ",") + "],\"dropped\":\(kept.dropped)}"
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
