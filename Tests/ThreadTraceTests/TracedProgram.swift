import Foundation
import ThreadModel
import ThreadTrace

/// Runs a Python program given as text under the tracer, with the repository's bootstrap.
enum TracedProgram {
    static let bootstrap: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Tracer/threadtutor_trace.py").path
    }()

    static func run(_ source: String, timeout: Double = 30, arguments: [String] = []) throws -> TraceResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("prog.py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        var options = TraceOptions(program: .path(file.path), arguments: arguments, bootstrap: bootstrap)
        options.timeoutNanoseconds = Int64(timeout * 1e9)
        return try options.run()
    }

    /// Validator issues, as text (empty: valid).
    static func issues(_ result: TraceResult) -> [String] {
        Validator.validate(result.timeline, scenario: result.scenario).map { "\($0)" }
    }

    /// The thread named `name` (Python's name).
    static func thread(_ result: TraceResult, _ name: String) -> ThreadID? {
        result.timeline.thread(named: name)
    }

    /// Whether a process with this id still exists (a zombie counts).
    static func exists(_ pid: Int32) -> Bool {
        FileManager.default.fileExists(atPath: "/proc/\(pid)")
    }
}

extension TraceOptions {
    func run() throws -> TraceResult {
        try TraceRun(options: self).run()
    }
}
