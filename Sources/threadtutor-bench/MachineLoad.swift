import Foundation

/// How busy the machine was, printed under the table: the figures are only comparable at similar load.
enum MachineLoad {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The 1-minute load average from /proc/loadavg ("?" where there is none).
    static func now() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "?"
    }
}
