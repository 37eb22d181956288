import Testing
@testable import ThreadTrace

/// The event line parser and the lock graph, without running Python.
@Suite struct TraceParserTests {
    @Test func parsesTheCommonFieldsAndTheRest() throws {
        let line = #"{"ev":"wait","t":123,"tid":45,"obj":6,"what":"lock","holder":47,"secs":0.5,"ok":true,"at":"a \"b\".py:3"}"#
        let event = try #require(TraceLineParser.parse(line))
        #expect(event.kind == "wait")
        #expect(event.time == 123 && event.tid == 45 && event.object == 6)
        #expect(event.string("what") == "lock")
        #expect(event.number("holder") == 47)
        #expect(event.string("secs") == "0.5")
        #expect(event.flags["ok"] == true)
        #expect(event.string("at") == #"a "b".py:3"#)
    }

    @Test func rejectsBrokenLines() {
        #expect(TraceLineParser.parse(#"{"ev":"wait","t":1"#) == nil)
        #expect(TraceLineParser.parse("not json") == nil)
        #expect(TraceLineParser.parse(#"{"t":1}"#) == nil)
    }

    @Test func aLockCycleCountsOnlyAfterEveryWaitIsReportedAgain() {
        var watch = TraceDeadlockWatch()
        func wait(_ tid: Int32, holder: Int32, at time: Int64) {
            var event = TraceEvent(kind: "wait", time: time, tid: tid, object: 1)
            event.strings["what"] = "lock"
            event.numbers["holder"] = Int64(holder)
            watch.apply(event)
        }
        wait(10, holder: 11, at: 100)
        wait(11, holder: 10, at: 110)
        #expect(watch.check(now: 200) == nil)          // first seen
        wait(10, holder: 11, at: 300)
        #expect(watch.check(now: 310) == nil)          // 11 not reported again yet
        wait(11, holder: 10, at: 320)
        #expect(watch.check(now: 330) == [10, 11])
    }

    @Test func aStaleHolderBreaksTheCycle() {
        var watch = TraceDeadlockWatch()
        var a = TraceEvent(kind: "wait", time: 1, tid: 1, object: 1)
        a.strings["what"] = "lock"
        a.numbers["holder"] = 2
        var b = TraceEvent(kind: "wait", time: 2, tid: 2, object: 2)
        b.strings["what"] = "lock"
        b.numbers["holder"] = 1
        watch.apply(a)
        watch.apply(b)
        #expect(watch.findCycle() == [1, 2])
        watch.apply(TraceEvent(kind: "woke", time: 3, tid: 1, object: 1))
        #expect(watch.findCycle() == nil)
    }

    @Test func outputTailKeepsTheLastLinesAndCountsTheRest() {
        var tail = OutputTail(limit: 3)
        tail.append(Array("1\n2\n3\n4\n5\n6".utf8)[...])
        tail.close()
        #expect(tail.kept.lines == ["4", "5", "6"])
        #expect(tail.kept.dropped == 3)
    }
}
