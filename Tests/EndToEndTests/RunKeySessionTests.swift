import Foundation
import Testing

/// The run key as a learner uses it, in tmux: `x` under a lesson's Python example runs it under the tracer and its
/// threads and output appear in the demo pane; leaving the step, Ctrl-C and SIGTERM leave no process behind.
@Suite(.serialized) struct RunKeySessionTests {
    typealias Shell = InteractiveSessionTests.Shell

    @Test(arguments: [("en", "x: run this example", "hello from worker"), ("ko", "x: 이 예제를 실행", "worker: 안녕하세요")])
    func xOnAShippedExampleShowsItsThreadsAndOutput(language: String, hint: String, output: String) throws {
        let shell = try Shell("threading-basics --lang \(language)")
        let first = try shell.waitFor(hint)
        #expect(first.contains(hint), "\(first)")
        try shell.tmux.send("x")
        let screen = try shell.tmux.waitFor(seconds: 20) {
            $0.contains("Thread-1") && $0.contains("MainThread") && $0.contains(output)
        }
        #expect(screen.contains("Thread-1") && screen.contains(output), "\(screen)")
        try shell.tmux.send("q")
        let end = try shell.waitFor("DONE")
        #expect(end.contains("EXIT=0"), "\(end)")
    }

    /// A course of one lesson: a program that naps for a minute in a thread (with a marker to find its process),
    /// then a step of text.
    static func nappingCourse(marker: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("01-nap.md", """
        ---
        title: Nap
        slug: nap
        chapter: 1
        ---
        # Nap

        ```python
        import threading, time
        # \(marker)
        t = threading.Thread(target=time.sleep, args=(60,), name="napper")
        t.start()
        t.join()
        ```

        ---

        ## After

        Nothing runs here.

        """)
        return folder
    }

    /// Waits (bounded) until no process carries `marker` and the tutorial has no zombie child.
    static func expectGone(_ marker: String, tutorial: pid_t?) {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !ProcessScan.pids(withCommandLineContaining: marker).isEmpty { usleep(20_000) }
        #expect(ProcessScan.pids(withCommandLineContaining: marker).isEmpty, "the traced program is left running")
        if let tutorial { #expect(ProcessScan.zombieChildren(of: tutorial).isEmpty, "a zombie is left") }
    }

    @Test(arguments: ["step", "C-c", "SIGTERM"])
    func leavingStopsAndReapsTheProgram(way: String) throws {
        let marker = "tt-nap-\(UUID().uuidString.prefix(8))"
        let course = try Self.nappingCourse(marker: marker)
        let shell = try Shell("--lessons \(course.path) nap")
        try shell.waitFor("x: run this example")
        try shell.tmux.send("x")
        // The code block names napper too; MainThread shows only once the pane has the program's threads.
        let running = try shell.tmux.waitFor(seconds: 20) { $0.contains("MainThread") && $0.contains("blocked") }
        #expect(running.contains("MainThread"), "\(running)")
        #expect(!ProcessScan.pids(withCommandLineContaining: marker).isEmpty, "the example runs")
        let tutorial = try shell.tutorialPID()
        switch way {
        case "step":
            try shell.tmux.send("Right")
            try shell.waitFor("Nothing runs here")
            Self.expectGone(marker, tutorial: tutorial)
            try shell.tmux.send("q")
        case "C-c":
            try shell.tmux.send("C-c")
        default:
            kill(try #require(tutorial), SIGTERM)
        }
        let end = try shell.waitFor("DONE")
        #expect(end.contains("EXIT="), "\(end)")
        Self.expectGone(marker, tutorial: nil)
    }
}
