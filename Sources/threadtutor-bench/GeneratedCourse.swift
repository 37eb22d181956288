import Foundation

/// Course folders the bench writes into a temporary directory.
enum GeneratedCourse {
    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "threadtutor-bench-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A flat course with one lesson (slug `sixteen`): a short paragraph, then a demo of 16 threads on two cores
    /// that compute, do I/O and share locks. Its timeline plays for about 12 s at normal speed.
    static func sixteenThreadLesson() throws -> String {
        let folder = try temporaryFolder("sixteen")
        let text = """
        ---
        title: Sixteen threads
        slug: sixteen
        chapter: 1
        summary: A busy demo for the bench.
        ---
        # Sixteen threads

        Sixteen workers share two cores and four locks.

        ```demo
        \(sixteenThreadScenario)
        ```

        """
        try text.write(toFile: folder + "/01-sixteen.md", atomically: true, encoding: .utf8)
        return folder
    }

    /// The scenario of that demo: 16 workers on two cores, each six rounds of compute, I/O and a shared lock.
    static var sixteenThreadScenario: String {
        let threads = (0..<16).map { index in
            let lock = "L\(index % 4)"
            let round = "compute \(3 + index % 5)ms, io \(4 + index % 7)ms, lock \(lock), compute 2ms, unlock \(lock)"
            return "  - name: worker-\(index)\n    run: [\(Array(repeating: round, count: 6).joined(separator: ", "))]"
        }
        return (["title: Sixteen workers", "cores: 2", "slice: 5ms", "threads:"] + threads).joined(separator: "\n")
    }
}
