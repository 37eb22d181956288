import Foundation
import Testing

/// `threadtutor trace` as a learner runs it: real python3, the built binary, no terminal.
@Suite(.serialized) struct TraceCommandTests {
    @Test func jsonIsTheDemoShapeWithKernelIDsAndTheTraceMember() throws {
        let result = try BuiltBinary.run([
            "trace", "--format", "json", "-c",
            "import threading\nt = threading.Thread(target=print, args=('hi',), name='worker')\nt.start(); t.join()",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["title", "cores", "gil_switch_interval_us", "model", "threads", "transitions", "events", "stats", "deadlock"] {
            #expect(document[key] != nil, "missing \(key)")
        }
        let threads = try #require(document["threads"] as? [[String: Any]])
        #expect(threads.map { $0["name"] as? String } == ["MainThread", "worker"])
        #expect(threads.allSatisfy { ($0["kernel_tid"] as? Int ?? 0) > 0 })
        let trace = try #require(document["trace"] as? [String: Any])
        #expect(trace["outcome"] as? String == "exited")
        #expect(trace["exit_status"] as? Int == 0)
        #expect((trace["stdout"] as? [String: Any])?["lines"] as? [String] == ["hi"])
    }

    @Test func tableAndChartNameThePythonThreads() throws {
        let code = "import threading, time\nt = threading.Thread(target=time.sleep, args=(0.05,), name='sleeper')\nt.start(); t.join()"
        let table = try BuiltBinary.run(["trace", "--format", "table", "-c", code])
        #expect(table.status == 0)
        #expect(table.stdout.contains("sleeper"))
        #expect(table.stdout.contains("sleeper: sleeping"))
        let chart = try BuiltBinary.run(["trace", "-c", code])
        #expect(chart.stdout.contains("sleeper"))
        #expect(chart.stderr.contains("the program finished"))
    }

    @Test func aProgramAndItsArgumentsArePassedThrough() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-trace-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("args.py")
        try "import sys\nprint(sys.argv[1:])\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["trace", "--format", "json", file.path, "--flag", "x"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"['--flag', 'x']"#))
    }

    @Test func helpIsHelpAndAProgramsOwnHelpFlagIsItsOwn() throws {
        let help = try BuiltBinary.run(["trace", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: threadtutor trace"))
        let passed = try BuiltBinary.run(["trace", "--format", "json", "-c", "import sys; print(sys.argv[1:])", "--help", "-x"])
        #expect(passed.status == 0)
        #expect(passed.stdout.contains(#"['--help', '-x']"#))
    }

    @Test func noProgramIsAUsageError() throws {
        let result = try BuiltBinary.run(["trace"])
        #expect(result.status == 64)
    }

    @Test func sigtermOfThreadtutorKillsAndReapsTheProgram() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-trace-term-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("pid")
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = ["trace", "--format", "json", "--timeout", "20s", "-c",
                             "import os, sys, time\nopen(sys.argv[1], 'w').write(str(os.getpid()))\ntime.sleep(60)", pidFile.path]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait (bounded) for the program to start and say who it is.
        var pid: Int32?
        for _ in 0..<400 where pid == nil {
            pid = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { Int32($0) }
            if pid == nil { usleep(25_000) }
        }
        let program = try #require(pid)
        #expect(FileManager.default.fileExists(atPath: "/proc/\(program)"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(program)"))
    }

    @Test func onATerminalTheThreadsAnimateWhileTheProgramRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-trace-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nap.py")
        let gate = folder.appendingPathComponent("go").path
        // The program waits for the test to create a file, so the screen is read while it surely runs.
        try """
        import os, threading, time
        def nap():
            while not os.path.exists("\(gate)"):
                time.sleep(0.02)
        t = threading.Thread(target=nap, name="napper")
        t.start(); t.join(); print("done")

        """.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: "\(BuiltBinary.url.path) trace \(file.path)", environment: ["PATH": "/usr/bin:/bin"])
        let running = try session.waitFor { $0.contains("napper") && $0.contains("running…") }
        #expect(running.contains("napper") && running.contains("running…"), "\(running)")
        FileManager.default.createFile(atPath: gate, contents: Data())
        let screen = try session.waitFor { $0.contains("the program finished") }
        // The board may shorten a long name to its first four letters ("napp~"), the log spells it out.
        #expect(screen.contains("done") && screen.contains("napp"), "\(screen)")
        // After the end the playback keys work on the recording: r replays it from the start.
        try session.send("r")
        let replay = try session.waitFor { $0.contains("playing") }
        #expect(replay.contains("playing"), "\(replay)")
        try session.send("q")
        // The pane goes away when threadtutor quits (a bounded poll, not a timed wait).
        for _ in 0..<200 where !session.hasExited() { usleep(50_000) }
        #expect(session.hasExited())
    }
}
