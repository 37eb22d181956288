import Testing
@testable import threadtutor

/// Where the binary looks for the course, with plain path arithmetic.
@Suite struct CourseLocatorTests {
    @Test func parentFolders() {
        #expect(CourseLocator.parent(of: "/usr/local/bin/threadtutor") == "/usr/local/bin")
        #expect(CourseLocator.parent(of: "/usr/local/bin/") == "/usr/local")
        #expect(CourseLocator.parent(of: "/threadtutor") == "/")
        #expect(CourseLocator.parent(of: "/") == "/")
        #expect(CourseLocator.parent(of: "threadtutor") == ".")
    }

    @Test func candidatesGoFromTheEnvironmentToTheInstallToTheSourceTreeToHere() {
        let found = CourseLocator.candidates(
            explicit: nil, environment: ["THREADTUTOR_LESSONS": "/teacher/course"],
            executablePath: "/nonexistent/prefix/bin/threadtutor", currentDirectory: "/home/me")
        #expect(found == [
            "/teacher/course",
            "/nonexistent/prefix/share/threadtutor/Lessons",
            "/nonexistent/prefix/bin/Lessons", "/nonexistent/prefix/Lessons", "/nonexistent/Lessons", "/Lessons",
            "/Lessons",
            "/home/me/Lessons",
        ])
    }

    @Test func anExplicitFolderIsTheOnlyCandidate() {
        #expect(CourseLocator.candidates(explicit: "mine", environment: [:], executablePath: "/x/threadtutor",
                                         currentDirectory: "/") == ["mine"])
    }
}
