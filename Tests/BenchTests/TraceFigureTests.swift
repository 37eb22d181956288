import Foundation
import Testing
@testable import threadtutor_bench

/// How the trace figures read `threadtutor trace --format json` for lost events and the sampler's cost, and the
/// programs they generate. No test here asserts a time.
@Suite struct TraceFigureTests {
    /// A trace of a main thread and one worker, trimmed to the members the bench reads.
    /// `closedEnds` threads end only when the run closes (at `end_us`), as the builder ends a thread whose end
    /// event never arrived.
    static func document(threads: Int = 2, ends: Int = 2, closedEnds: Int = 0,
                         stdout: [String] = ["threads 2"]) -> Data {
        let names = (0..<threads).map { $0 == 0 ? "MainThread" : "Thread-\($0)" }
        let list = names.enumerated().map { "{\"id\":\($0.offset),\"name\":\"\($0.element)\"}" }
        let starts = names.map { "{\"thread\":\"\($0)\",\"from\":\"created\",\"to\":\"ready\"}" }
        let running = names.map { "{\"thread\":\"\($0)\",\"from\":\"ready\",\"to\":\"running\"}" }
        let finished = names.prefix(ends).enumerated().map { index, name in
            "{\"thread\":\"\(name)\",\"time_us\":\(index < closedEnds ? 200000 : 150000),\"from\":\"running\",\"to\":\"terminated\"}"
        }
        let lines = stdout.map { "\"\($0)\"" }.joined(separator: ",")
        let text = "{\"threads\":[\(list.joined(separator: ","))],"
            + "\"transitions\":[\((starts + running + finished).joined(separator: ","))],"
            + "\"stats\":{\"end_us\":200000},\"trace\":{\"stdout\":{\"lines\":[\(lines)],\"dropped\":0},\"wall_us\":200000,\"sampler_cpu_us\":4000}}"
        return Data(text.utf8)
    }

    @Test func aCompleteTraceLosesNothing() throws {
        let check = try TraceFigures.TraceCheck.parse(Self.document())
        #expect(check == TraceFigures.TraceCheck(expectedThreads: 2, threads: 2, starts: 2, ends: 2,
                                                 samplerMicroseconds: 4000, wallMicroseconds: 200000))
        #expect(check.lost == 0)
        #expect(check.summary.hasPrefix("0 lost"))
    }

    @Test func aMissingEndIsALostEvent() throws {
        let check = try TraceFigures.TraceCheck.parse(Self.document(ends: 1))
        #expect(check.lost == 1)
        #expect(check.summary.hasPrefix("LOST"))
    }

    @Test func anEndMadeUpWhenTheRunClosedIsALostEvent() throws {
        let check = try TraceFigures.TraceCheck.parse(Self.document(closedEnds: 1))
        #expect(check.ends == 1)
        #expect(check.lost == 1)
    }

    @Test func aThreadTheTraceNeverSawIsLost() throws {
        let check = try TraceFigures.TraceCheck.parse(Self.document(stdout: ["hello", "threads 3"]))
        #expect(check.expectedThreads == 3)
        #expect(check.lost == 3)
    }

    @Test func aProgramThatDoesNotSayHowManyThreadsRanCannotBeChecked() {
        #expect(throws: Unmeasurable.self) { try TraceFigures.TraceCheck.parse(Self.document(stdout: [])) }
    }

    @Test func somethingOtherThanATraceIsRefused() {
        #expect(throws: Unmeasurable.self) { try TraceFigures.TraceCheck.parse(Data("{\"threads\":[]}".utf8)) }
    }

    @Test func everyProgramSaysHowManyThreadsItRanAtEitherSize() {
        let programs = [TraceFigures.lockHeavyProgram, TraceFigures.poolProgram, TraceFigures.cpuProgram,
                        TraceFigures.spin16Program]
        for program in programs {
            #expect(program.text(true).contains("print(\"threads\""))
            #expect(program.text(false).contains("print(\"threads\""))
            #expect(program.text(true) != program.text(false))
        }
        #expect(TraceFigures.lockHeavyProgram.text(false).contains("range(50000)"))
        #expect(TraceFigures.poolProgram.text(false).contains("range(2000)"))
        #expect(TraceFigures.spin16Program.text(false).contains("range(16)"))
    }
}
