import Testing
@testable import threadtutor_bench

/// The bench's own arithmetic: the median it reports and the CPU time it reads from /proc/PID/stat.
@Suite struct BenchHelperTests {
    @Test func medianOfAnOddCountIsTheMiddleValue() {
        #expect(Statistics.median([5, 1, 3]) == 3)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
    }

    @Test func medianOfNothingIsNil() {
        #expect(Statistics.median([]) == nil)
    }

    @Test func cpuTimeAddsUserAndSystemTicks() {
        // A command name with a space and a parenthesis must not shift the fields.
        let stat = "4242 (tutor) x) S 1 4242 4242 34816 4242 4194304 500 0 0 0 150 50 0 0 20 0 1 0 100 0 0"
        #expect(PTYSession.cpuSeconds(fromStat: stat, ticksPerSecond: 100) == 2.0)
    }

    @Test func cpuTimeOfAMalformedLineIsNil() {
        #expect(PTYSession.cpuSeconds(fromStat: "4242 (x) S 1 2", ticksPerSecond: 100) == nil)
    }
}

/// The nearest-rank percentile behind the key-to-frame p99.
@Suite struct PercentileTests {
    @Test func p99OfAHundredSamplesIsTheSecondLargest() {
        let samples = (1...100).map(Double.init).reversed()
        #expect(Statistics.percentile(Array(samples), 0.99) == 99)
    }

    @Test func p99OfFewSamplesIsTheLargest() {
        #expect(Statistics.percentile([3, 1, 2], 0.99) == 3)
    }

    @Test func percentileOfNothingIsNil() {
        #expect(Statistics.percentile([], 0.5) == nil)
    }

    @Test func theFiftiethPercentileOfAnOddCountIsTheMedian() {
        #expect(Statistics.percentile([5, 1, 3], 0.5) == 3)
    }
}
