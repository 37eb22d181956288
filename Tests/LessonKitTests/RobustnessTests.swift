import Testing
import TutorBasics
@testable import LessonKit

/// Nothing crashes on any input: random bytes, truncated and mutated lessons, hostile nesting.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fixtures = ["04-1-lifecycle.md", "2023-04-01-python-threads.md"]

    /// YAML aliases nested nine deep, ten wide: a billion "lol"s if anything expanded them.
    static let billionLaughs: String = {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let refs = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            yaml += "\(name): &\(name) [\(refs)]\n"
        }
        return yaml
    }()

    /// Parses and touches the result, so that the work cannot be skipped.
    func survive(_ bytes: [UInt8]) -> Int {
        let lesson = LessonParser.parse(bytes: bytes, path: "fuzz/01-f.md", language: .en)
        return lesson.steps.count + lesson.diagnostics.count + lesson.title.utf8.count
    }

    @Test func randomBytes() {
        var random = SplitMix64(state: 42)
        var parsed = 0
        for _ in 0..<300 {
            let length = Int.random(in: 0...600, using: &random)
            let alphabet = Array("-`~#*_>[]()!<>{}:|\n \t&;/\\0123456789abc\u{1B}".utf8) + [0xC3, 0xA9, 0xFF, 0x80]
            let bytes = (0..<length).map { _ in
                Bool.random(using: &random) ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            _ = survive(bytes)
            parsed += 1
        }
        #expect(parsed == 300)
    }

    @Test(arguments: fixtures)
    func everyTruncationOfARealLesson(name: String) throws {
        let bytes = Array(try Fixture.text(name).utf8)
        var total = 0
        for end in stride(from: 0, through: bytes.count, by: 3) {
            total += survive(Array(bytes[..<end]))
        }
        #expect(total > 0)
    }

    @Test(arguments: fixtures)
    func mutatedRealLessons(name: String) throws {
        let original = Array(try Fixture.text(name).utf8)
        var random = SplitMix64(state: UInt64(name.utf8.count))
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: index)
                default: bytes.insert(Array("`-:[{\n<".utf8).randomElement(using: &random)!, at: index)
                }
            }
            _ = survive(bytes)
        }
        #expect(original.count > 100)
    }

    @Test(arguments: [
        String(repeating: ">", count: 20_000) + " deep",
        String(repeating: "- ", count: 5_000) + "deep",
        String(repeating: "*", count: 20_000),
        String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000),
        "```quiz\n" + String(repeating: "[", count: 200_000) + "\n```",
        "```demo\n" + String(repeating: "- ", count: 3_000) + "x\n```",
        "---\n" + String(repeating: "{a: ", count: 100_000) + "\n---\n",
        String(repeating: "| a ", count: 2_000) + "|\n" + String(repeating: "|---", count: 2_000) + "|\n",
        "---\n" + RobustnessTests.billionLaughs + "title: x\n---\n# A\n",
        "```quiz\n" + RobustnessTests.billionLaughs + "question: q\nchoices: *i\nanswer: lol\n```\n",
        "```demo\n" + RobustnessTests.billionLaughs + "threads: *i\n```\n",
    ])
    func hostileNesting(input: String) {
        #expect(survive(Array(input.utf8)) >= 0)
    }
}
