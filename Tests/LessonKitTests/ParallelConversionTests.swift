import Testing
@testable import LessonKit

/// A big lesson's tree is converted in pieces on several threads; the result must be the one-thread result.
@Suite struct ParallelConversionTests {
    @Test func piecesGiveTheSameNodesInTheSameOrder() throws {
        let one = try Fixture.text("04-1-lifecycle.md")
        // Unclosed and nested fences too, so that every part of the result is compared.
        let markdown = (0..<40).map { "## Part \($0)\n\n" + one }.joined(separator: "\n---\n\n")
            + "\n- item\n\n  ```demo\n  threads: []\n  ```\n\n```python\nnever closed\n"
        let serial = CmarkParser.parse(markdown, parallelFrom: .max)
        let parallel = CmarkParser.parse(markdown, parallelFrom: 0)
        #expect(serial.nodes.count > 200)
        #expect(parallel.nodes == serial.nodes)
        #expect(parallel.unclosedFences == serial.unclosedFences)
        #expect(parallel.nestedSpecFences.map(\.position) == serial.nestedSpecFences.map(\.position))
        #expect(!serial.unclosedFences.isEmpty && !serial.nestedSpecFences.isEmpty)
    }
}
