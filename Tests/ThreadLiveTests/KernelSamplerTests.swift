import Testing
@testable import ThreadLive

@Suite struct KernelSamplerTests {
    @Test func parsesTheStateAfterTheLastParenthesis() {
        #expect(KernelSampler.stateLetter(fromStat: "1234 (we (ird)) S 1 2 3") == "S")
        #expect(KernelSampler.stateLetter(fromStat: "1 (a) R 0") == "R")
        #expect(KernelSampler.stateLetter(fromStat: "garbage") == nil)
    }

    @Test func parsesSchedstat() {
        let parsed = KernelSampler.parseSchedstat("123 456 7")
        #expect(parsed.run == 123)
        #expect(parsed.wait == 456)
    }

    @Test func aThreadReadingItselfIsRunning() throws {
        try #require(KernelSampler.isAvailable)
        let sample = try #require(KernelSampler.sample(kernelTID: KernelThread.currentID()))
        #expect(sample.state == "R")
        #expect((sample.runNanoseconds ?? 0) > 0)
    }

    @Test func aMissingThreadHasNoSample() {
        #expect(KernelSampler.sample(kernelTID: Int32.max) == nil)
    }
}
