import Testing
import Foundation

/// `threadtutor demo`, run as a process: the formats, determinism, deadlocks and bad scenario files.
@Suite struct DemoCommandTests {
    @Test func timelineDrawsALanePerThread() throws {
        let result = try BuiltBinary.run(["demo", "gil", "--width", "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let lanes = result.stdout.split(separator: "\n").filter { $0.hasPrefix("A ") || $0.hasPrefix("B ") }
        #expect(lanes.count == 2)
        #expect(result.stdout.contains("legend"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try BuiltBinary.run(["demo", "deadlock", "--format", "json"])
        #expect(result.status == 0, "a demo that deadlocks on purpose still exits 0")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["transitions", "events", "stats", "deadlock"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(!(object["deadlock"] is NSNull), "the deadlock lesson's first demo deadlocks")
        let first = try #require((object["transitions"] as? [[String: Any]])?.first)
        for key in ["time_us", "thread", "from", "to", "reason"] {
            #expect(first[key] != nil, "transition lacks \(key)")
        }
    }

    @Test func theSameSeedGivesTheSameTimeline() throws {
        let a = try BuiltBinary.run(["demo", "race-conditions", "--format", "json", "--seed", "7"])
        let b = try BuiltBinary.run(["demo", "race-conditions", "--format", "json", "--seed", "7"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
    }

    @Test func chromeTraceIsJSON() throws {
        let result = try BuiltBinary.run(["demo", "thread-pools", "--format", "chrome-trace"])
        #expect(result.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any] ||
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [Any])
    }

    /// The hand-outs from the command line: a cast whose header says version 2 and the width asked for, and an
    /// SVG document with a lane per thread.
    @Test func castAndSVGHandOuts() throws {
        let cast = try BuiltBinary.run(["demo", "gil", "--format", "cast", "--width", "90"])
        #expect(cast.status == 0)
        let header = try #require(cast.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 2 && object["width"] as? Int == 90)
        let svg = try BuiltBinary.run(["demo", "gil", "--format", "svg", "--lang", "ko"])
        #expect(svg.status == 0)
        #expect(svg.stdout.hasPrefix("<?xml") && svg.stdout.hasSuffix("</svg>\n"))
        #expect(svg.stdout.components(separatedBy: "class=\"lane\"").count == 3)
        #expect(svg.stdout.contains("실행 중"))
    }

    @Test func aDemoNumberPicksTheDemo() throws {
        let first = try BuiltBinary.run(["demo", "gil#1", "--format", "json"])
        let second = try BuiltBinary.run(["demo", "gil#2", "--format", "json"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout != second.stdout)
        let missing = try BuiltBinary.run(["demo", "gil#99"])
        #expect(missing.status == 64)
    }

    @Test func aBrokenScenarioFileReportsItsPositionAndExits65() throws {
        let dir = try TemporaryFolder()
        try dir.write("bad.yaml", "cores: 1\nthreads:\n  - name: A\n    run: [comput 5ms]\n")
        let result = try BuiltBinary.run(["demo", dir.path + "/bad.yaml"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.yaml:4:"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'compute'"))
    }

    @Test func aScenarioFileRuns() throws {
        let dir = try TemporaryFolder()
        try dir.write("io.yaml", "cores: 1\nthreads:\n  - {name: A, run: [io 100ms]}\n  - {name: B, run: [io 100ms]}\n")
        let result = try BuiltBinary.run(["demo", dir.path + "/io.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stats = try #require(object["stats"] as? [String: Any])
        let makespan = try #require(stats["makespan_us"] as? Int)
        #expect(makespan < 150_000, "two I/O waits overlap: \(makespan) µs")
    }

    @Test func liveRunsRealThreadsAndReportsTheirKernelIDs() throws {
        let result = try BuiltBinary.run(["demo", "threading-basics", "--live", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let threads = try #require(object["threads"] as? [[String: Any]])
        #expect(!threads.isEmpty)
        for thread in threads {
            #expect((thread["kernel_tid"] as? Int ?? 0) > 0, "\(thread)")
        }
    }

    @Test func liveTableShowsTheKernelsStateLetters() throws {
        let result = try BuiltBinary.run(["demo", "gil", "--live", "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        // Cells read "running [1] / R" or "ready / S": the model's state, then what /proc said.
        let annotated = result.stdout.split(separator: "\n").filter { $0.contains(" / R") || $0.contains(" / S") }
        #expect(!annotated.isEmpty, "no kernel letters in:\n\(result.stdout)")
    }
}
