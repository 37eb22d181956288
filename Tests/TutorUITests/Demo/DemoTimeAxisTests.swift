import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The lanes' time scale and how a column picks its state.
@Suite struct DemoTimeAxisTests {
    @Test func theStepIsNiceAndTheRunFits() {
        let cases: [(total: Int64, columns: Int, tick: Int64?, step: Int64)] = [
            (100_000, 42, nil, 2_500), (85_000, 42, nil, 2_500), (10_000, 47, nil, 250), (300_000, 40, nil, 10_000),
            (16_000, 42, 1_000, 500), (16_000, 10, 1_000, 2_000), (1, 5, nil, 1),
        ]
        for item in cases {
            let axis = TimeAxis(total: item.total, columns: item.columns, tick: item.tick)
            #expect(axis.step == item.step, "\(item)")
            #expect(axis.usedColumns <= item.columns)
            #expect(Int64(axis.usedColumns) * axis.step >= item.total)
        }
    }

    @Test func labelsAreWholeTicksOrReadableMilliseconds() {
        let ticks = TimeAxis(total: 16_000, columns: 42, tick: 1_000).labels(width: 42, language: .ko)
        #expect(ticks.marks.map(\.text) == ["0", "5", "10", "15"])
        #expect(ticks.unit == "틱")
        let quarter = TimeAxis(total: 10_000, columns: 47, tick: nil).labels(width: 47, language: .en)
        #expect(quarter.marks.map(\.text) == ["0", "2.5", "5", "7.5", "10"])
        #expect(quarter.unit == "ms")
        let micro = TimeAxis(total: 30, columns: 40, tick: nil).labels(width: 40, language: .en)
        #expect(micro.unit == "us")
    }

    @Test func clockReadings() {
        #expect(TimeAxis.clock(35_250, tick: nil) == "35.2 ms")
        #expect(TimeAxis.clock(12_500_000, tick: nil) == "12.5 s")
        #expect(TimeAxis.clock(7_000, tick: 1_000) == "7")
        #expect(TimeAxis.clock(7_500, tick: 1_000) == "7.5")
    }

    @Test func aColumnShowsTheStateThatFilledMostOfIt() {
        typealias Piece = LaneSpans.Piece
        let pieces = [Piece(state: .ready, start: 0, end: 3), Piece(state: .running, start: 3, end: 10),
                      Piece(state: .blocked, start: 10, end: 11)]
        #expect(LaneSpans.dominant(pieces[...], in: 0...10) == .running)
        #expect(LaneSpans.dominant(pieces[...], in: 0...4) == .ready)
        #expect(LaneSpans.dominant(pieces[...], in: 10...12) == .blocked)
        #expect(LaneSpans.dominant(pieces[...], in: 9...12) == .running, "a tie goes to the earlier state")
        #expect(LaneSpans.dominant(pieces[...], in: 20...30) == nil)
    }
}
