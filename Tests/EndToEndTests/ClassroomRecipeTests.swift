import Testing
import Foundation

/// The classroom recipe of docs/classroom.md, end to end: the teacher runs the tutorial in presenter mode in a tmux
/// session; a student attaches read-only and sees every step the teacher takes, while the student's keys do nothing.
@Suite(.serialized) struct ClassroomRecipeTests {
    @Test
    func aReadOnlyViewerFollowsThePresenter() throws {
        let folder = try TemporaryFolder()
        let teacher = try TmuxSession(command: "\(BuiltBinary.url.path) --present lifecycle",
                                      environment: ["XDG_STATE_HOME": folder.path])
        var screen = try teacher.waitFor { $0.contains("The thread lifecycle") }
        #expect(screen.contains("1/"), "presenter screen:\n\(screen)")

        // The student's terminal: a second tmux whose only pane attaches to the teacher's server read-only.
        let viewer = try TmuxSession(command: "env -u TMUX tmux -S \(teacher.socketPath) attach -r -t \(teacher.name)")
        screen = try viewer.waitFor { $0.contains("The thread lifecycle") }
        #expect(screen.contains("The thread lifecycle"), "the student does not see the lesson:\n\(screen)")

        // The student's keys are ignored: the teacher stays on step 1. (Whole screens may differ: attaching a
        // client of another size resizes the window and the tutorial relayouts.)
        try viewer.send("Right")
        try viewer.send("q")
        let stillFirst = try teacher.waitFor(seconds: 1) { $0.contains("What causes each move") }
        #expect(!stillFirst.contains("What causes each move"), "a read-only viewer stepped the lesson:\n\(stillFirst)")
        #expect(!teacher.hasExited(), "a read-only viewer quit the tutorial")

        // …and the teacher's step reaches the student.
        try teacher.send("Right")
        let teacherNext = try teacher.waitFor { $0.contains("What causes each move") }
        #expect(teacherNext.contains("What causes each move"))
        let seen = try viewer.waitFor { $0.contains("What causes each move") }
        #expect(seen.contains("What causes each move"), "the student did not follow:\n\(seen)")
        try teacher.send("q")
    }
}
