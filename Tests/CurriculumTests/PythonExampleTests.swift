import Testing
import LessonKit

/// Every Python example in the lessons runs as shown (or fails where its info string says `python fails`).
@Suite struct PythonExampleTests {
    static let examples = ShippedCourse.allLessons.flatMap(PythonExample.all).filter { $0.expectation != .fragment }

    @Test func theCourseHasExamples() {
        #expect(Self.examples.count >= 10)
    }

    @Test(arguments: examples)
    func exampleRunsAsShown(_ example: PythonExample) throws {
        guard let python = PythonRunner.python3 else {
            print("skipped: no python3 on PATH for \(example)")
            return
        }
        let outcome = try PythonRunner.run(example.code, python: python)
        #expect(!outcome.timedOut, "\(example) timed out")
        switch example.expectation {
        case .succeeds:
            #expect(outcome.status == 0, "\(example) exited \(outcome.status):\n\(outcome.output)")
        case .fails:
            #expect(outcome.status != 0 && !outcome.timedOut, "\(example) was marked 'fails' but exited 0")
        case .fragment:
            break
        }
    }
}
