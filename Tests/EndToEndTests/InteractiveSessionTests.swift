import Testing
import Foundation
import LessonKit

/// The full-screen tutorial driven in tmux as a learner would: open a lesson, step, resize, answer a quiz, open the
/// menu, and leave by q, Ctrl-C, SIGTERM or SIGHUP — after which the terminal settings must be what they were.
@Suite(.serialized) struct InteractiveSessionTests {
    /// A shell in tmux that records `stty -a` before and after running threadtutor with `arguments`.
    final class Shell {
        let tmux: TmuxSession
        let folder: TemporaryFolder

        init(_ arguments: String, width: Int = 120, height: Int = 40) throws {
            folder = try TemporaryFolder()
            let script = """
            stty -a > \(folder.path)/before
            bash -c 'echo $$ > \(folder.path)/pid; exec \(BuiltBinary.url.path) \(arguments)'
            echo "EXIT=$?"
            stty -a > \(folder.path)/after
            echo DONE
            exec sleep 600
            """
            try folder.write("run.sh", script)
            tmux = try TmuxSession(command: "bash --norc --noprofile \(folder.path)/run.sh", width: width,
                                   height: height, environment: ["XDG_STATE_HOME": folder.path + "/state"])
        }

        /// The screen once `text` shows, or the last screen when it never does.
        @discardableResult
        func waitFor(_ text: String, seconds: Double = 15) throws -> String {
            try tmux.waitFor(seconds: seconds) { $0.contains(text) }
        }

        /// The terminal settings before and after the tutorial ran.
        func sttyBeforeAndAfter() throws -> (String, String) {
            // The first line holds the window size, which the test itself changes; the rest are the settings.
            func settings(_ name: String) throws -> String {
                try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
                    .split(separator: "\n").dropFirst().joined(separator: "\n")
            }
            return (try settings("before"), try settings("after"))
        }

        /// The tutorial's process id, written by the shell that became it.
        func tutorialPID() throws -> pid_t? {
            let text = try String(contentsOfFile: folder.path + "/pid", encoding: .utf8)
            return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    static let lifecycle: Lesson? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
        return CourseLoader.load(root, language: .en).lessons.first { $0.slug == "lifecycle" }
    }()

    @Test
    func aLearnerStepsResizesAnswersAQuizAndQuitsWithCtrlC() throws {
        let lesson = try #require(Self.lifecycle)
        let shell = try Shell("lifecycle")
        let total = lesson.steps.count
        var screen = try shell.waitFor("step 1/\(total)")
        #expect(screen.contains("The thread lifecycle"), "\(screen)")

        try shell.tmux.send("Right")
        screen = try shell.waitFor("step 2/\(total)")
        #expect(screen.contains("step 2/\(total)"), "\(screen)")

        try shell.tmux.resize(width: 80, height: 24)
        screen = try shell.tmux.waitFor { $0.contains("step 2/\(total)") && !$0.split(separator: "\n").contains { $0.count > 80 } }
        #expect(screen.contains("step 2/\(total)"), "after resizing to 80×24:\n\(screen)")

        // The first quiz: step to it, answer it right, and read the explanation.
        let quizStep = try #require(lesson.steps.firstIndex { !$0.quizzes.isEmpty })
        let quiz = lesson.steps[quizStep].quizzes[0]
        try shell.tmux.resize(width: 120, height: 40)
        let moves = quizStep + 1 - 2  // from step 2 to the quiz's step
        // One key at a time, each after the last one's frame: under load a burst of escape sequences can arrive
        // split, and ncurses (set_escdelay 25 ms) then reads a lone Escape.
        for move in 1...max(1, abs(moves)) where moves != 0 {
            try shell.tmux.send(moves > 0 ? "Right" : "Left")
            screen = try shell.waitFor("step \(2 + (moves > 0 ? move : -move))/\(total)")
        }
        screen = try shell.waitFor("step \(quizStep + 1)/\(total)")
        #expect(screen.contains("step \(quizStep + 1)/\(total)"), "\(screen)")
        try shell.tmux.send("\(quiz.answer + 1)")
        try shell.tmux.send("Enter")
        let explanationStart = quiz.explanation.split(separator: " ").prefix(3).joined(separator: " ")
        screen = try shell.waitFor(explanationStart)
        #expect(screen.contains(explanationStart), "explanation not shown:\n\(screen)")

        try shell.tmux.send("m")
        screen = try shell.waitFor("Deadlock")
        #expect(screen.contains("Thread pools"), "menu:\n\(screen)")
        try shell.tmux.send("Escape")

        try shell.tmux.send("C-c")
        screen = try shell.waitFor("DONE")
        #expect(screen.contains("EXIT=0") || screen.contains("EXIT=130"), "\(screen)")
        let (before, after) = try shell.sttyBeforeAndAfter()
        #expect(before == after, "terminal settings changed")
    }

    @Test
    func aDemoPlaysWhenFocusedAndSpaceIsPressed() throws {
        let shell = try Shell("gil")
        try shell.waitFor("step 1/")
        try shell.tmux.send("Right", "Right")
        try shell.waitFor("step 3/")
        try shell.tmux.send("Tab")
        try shell.tmux.send("Space")
        let screen = try shell.waitFor("GIL handed")
        #expect(screen.contains("GIL handed"), "the GIL demo never handed the GIL over:\n\(screen)")
        try shell.tmux.send("q")
        try shell.waitFor("DONE")
    }

    @Test
    func qQuitsWithStatusZeroAndRestoresTheTerminal() throws {
        let shell = try Shell("gil --lang ko")
        // The Korean step counter ("1/5 단계"), not a word both languages share: this fails when `--lang ko` is
        // lost on the way to the screen.
        let counter = #/1/\d+ 단계/#
        let screen = try shell.tmux.waitFor(seconds: 15) { $0.contains(counter) }
        #expect(screen.contains(counter), "\(screen)")
        #expect(!screen.contains("step 1/"), "\(screen)")
        try shell.tmux.send("q")
        let end = try shell.waitFor("DONE")
        #expect(end.contains("EXIT=0"), "\(end)")
        let (before, after) = try shell.sttyBeforeAndAfter()
        #expect(before == after)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalRestoresTheTerminal(signal: Int32) throws {
        let shell = try Shell("threads-and-why")
        try shell.waitFor("step 1/")
        let pid = try #require(try shell.tutorialPID())
        kill(pid, signal)
        let end = try shell.waitFor("DONE")
        #expect(end.contains("EXIT=\(128 + signal)"), "\(end)")
        let (before, after) = try shell.sttyBeforeAndAfter()
        #expect(before == after)
    }
}
