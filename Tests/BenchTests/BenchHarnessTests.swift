import Foundation
import Testing
@testable import threadtutor_bench

/// The pieces of the key-to-frame harness and the `show` table that do not depend on timing: a frame is known by
/// its bytes, and the generated blog post is the same every time. No test here asserts a time.
@Suite struct BenchHarnessTests {
    @Test func readUntilReturnsOnceTheExpectedBytesHaveArrived() throws {
        let pty = try #require(PTYSession(["cat"], width: 80, height: 24, environment: [:]))
        defer { stopCat(pty) }
        pty.send("hello\n")
        // The terminal echoes the line, then cat writes it back: both with the terminal's CR LF.
        #expect(pty.readUntil(Array("hello\r\nhello\r\n".utf8)) != nil)
    }

    @Test func readUntilGivesNilWhenOtherBytesArrive() throws {
        let pty = try #require(PTYSession(["cat"], width: 80, height: 24, environment: [:]))
        defer { stopCat(pty) }
        pty.send("abc\n")
        #expect(pty.readUntil(Array("xyz\r\nxyz\r\n".utf8)) == nil)
    }

    @Test func collectGathersEverythingUntilQuiet() throws {
        let pty = try #require(PTYSession(["cat"], width: 80, height: 24, environment: [:]))
        defer { stopCat(pty) }
        pty.send("one\n")
        #expect(pty.collect(quiet: 0.3) == Array("one\r\none\r\n".utf8))
    }

    @Test func theBlogPostIsTheSameEveryTimeAndAtLeastFiftyKilobytes() throws {
        let first = try GeneratedCourse.blogPost()
        let firstText = try String(contentsOfFile: first.folder + "/2024-03-01-\(GeneratedCourse.blogSlug).md", encoding: .utf8)
        try FileManager.default.removeItem(atPath: first.folder)
        let second = try GeneratedCourse.blogPost()
        defer { try? FileManager.default.removeItem(atPath: second.folder) }
        let secondText = try String(contentsOfFile: second.folder + "/2024-03-01-\(GeneratedCourse.blogSlug).md", encoding: .utf8)
        #expect(first.size >= 50_000)
        #expect(firstText == secondText)
        #expect(firstText.hasPrefix("---\nlayout: post\n"))
    }

    /// Ctrl-D at the start of a line ends cat, so `finish` need not wait for it to ignore `q`.
    private func stopCat(_ pty: PTYSession) {
        pty.send("\u{4}")
        pty.finish()
    }
}
