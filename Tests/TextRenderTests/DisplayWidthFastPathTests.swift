import Testing
@testable import TextRender

/// Widths are looked up for the Basic Multilingual Plane and counted by the byte for printable ASCII; these
/// tests hold both shortcuts to the plain definitions they replace.
@Suite struct DisplayWidthFastPathTests {
    @Test func basicPlaneLookupMatchesTheRanges() {
        var mismatches: [UInt32] = []
        for value in UInt32(0x7F)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }              // surrogates
            if DisplayWidth.of(scalar) != DisplayWidth.searchedWidth(value) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5).map { String($0, radix: 16) })")
        #expect(DisplayWidth.of(Unicode.Scalar(0xAC00)!) == 2)                     // 가
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)                     // combining acute
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F600)!) == 2)                    // 😀, above the plane
    }

    @Test(arguments: [
        "plain ascii", "스레드는 프로세스", "mixed 한국어 and 线程。", "created → ready", "café — «ok» ½ ＡＢ ｶ", "cafe\u{301} e\u{301}", " \u{301}x",
        "#\u{FE0F}\u{20E3} a#\u{FE0F}\u{20E3}b", "\u{600}123", "tab\tnew\nline\r\n", "😀👨‍👩‍👧🇰🇷", "\u{1B}[31m", "",
    ])
    func stringWidthIsTheSumOfItsCharacters(text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    @Test func measuringStopsOnlyAboveTheLimit() {
        let text = "a thread 스레드 is 线程 and more"
        let full = DisplayWidth.of(text)
        for limit in 0...full + 2 {
            let measured = DisplayWidth.of(text, stoppingAbove: limit)
            #expect(measured > limit ? full > limit : measured == full, "limit \(limit)")
        }
    }

    /// Every code point the fast paths read on their own is one cluster next to ASCII, next to itself, and
    /// between Hangul syllables and ideographs, as Swift (this Unicode version) segments text.
    @Test func standaloneCodePointsAreClustersOfTheirOwn() {
        var wrong: [UInt32] = []
        for value in UInt32(0x20)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value), AsciiRuns.isStandalone(scalar) else { continue }
            let single = String(scalar)
            let joined = ["a" + single + "a", single + single, "가" + single + "가", "中" + single + "中", "→" + single]
            if joined.map(\.count) != [3, 2, 3, 3, 2] { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(5).map { String($0, radix: 16) })")
        #expect(!AsciiRuns.isStandalone("\u{301}") && !AsciiRuns.isStandalone("\u{FE0F}") && !AsciiRuns.isStandalone("\u{1160}"))
    }

    @Test func decodesEveryLengthOfUTF8() {
        let text = "a\u{E9}\u{20AC}\u{1F600}z"
        var copy = text
        copy.makeContiguousUTF8()
        let scalars: [Unicode.Scalar] = copy.utf8.withContiguousStorageIfAvailable { bytes in
            var result: [Unicode.Scalar] = []
            var offset = 0
            while offset < bytes.count {
                let (scalar, length) = AsciiRuns.scalar(in: bytes, at: offset)
                result.append(scalar)
                offset += length
            }
            return result
        } ?? []
        #expect(scalars == Array(text.unicodeScalars))
    }

    @Test(arguments: ["", "plain", " ~", "a\nb", "a\tb", "a\rb", "\u{1F}", "\u{7F}", "é", "line\n\n", "한\n"])
    func printableChecksMatchTheirDefinition(text: String) {
        #expect(AsciiRuns.isAllPrintableASCII(text) == text.utf8.allSatisfy(AsciiRuns.isPrintableASCII))
        #expect(AsciiRuns.isAllPrintableASCII(text, orNewline: true)
            == text.utf8.allSatisfy { AsciiRuns.isPrintableASCII($0) || $0 == 0x0A })
    }

    @Test func asciiRunsCoverTheTextOnClusterBoundaries() {
        let samples = ["abc", "é", "ab é cd", "e\u{301}x", "x \u{301}y", "\u{600}12 z", "a\r\nb", "한a한", "aa한bb"]
        for text in samples {
            var copy = text
            copy.makeContiguousUTF8()
            let runs: [(range: Range<Int>, isASCII: Bool)] = copy.utf8.withContiguousStorageIfAvailable { bytes in
                var runs = AsciiRuns(bytes)
                var all: [(range: Range<Int>, isASCII: Bool)] = []
                while let run = runs.next() { all.append(run) }
                return all
            } ?? []
            #expect(runs.map(\.range.lowerBound).first ?? 0 == 0)
            #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
            #expect(runs.last?.range.upperBound ?? 0 == text.utf8.count)
            let clusters = runs.flatMap { Array(AsciiRuns.slice(of: text, $0.range)) }
            #expect(clusters == Array(text), "\(text.debugDescription)")
            #expect(runs.filter(\.isASCII).allSatisfy { run in
                AsciiRuns.slice(of: text, run.range).utf8.allSatisfy(AsciiRuns.isPrintableASCII)
            })
        }
    }
}
