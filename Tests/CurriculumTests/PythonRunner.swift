import Foundation

/// Runs a Python snippet with python3 under a timeout, as a learner would paste it.
enum PythonRunner {
    struct Outcome {
        var status: Int32
        var output: String
        var timedOut: Bool
    }

    /// The python3 on PATH, or nil when none is installed.
    static let python3: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static func run(_ code: String, python: String, timeoutSeconds: Int = 20) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--signal=KILL", "\(timeoutSeconds)", python, "-"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(code.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
                       timedOut: process.terminationStatus == 137)
    }
}
