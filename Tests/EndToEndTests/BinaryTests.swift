import Testing
import Foundation

/// Runs the built `threadtutor` binary as a real process.
@Suite struct BinaryTests {
    @Test func versionPrints() throws {
        let result = try BuiltBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }
}
