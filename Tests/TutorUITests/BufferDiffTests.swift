import Testing
import TextKernel
@testable import TutorUI

/// The backend writes exactly what the diff returns, so these are the rules of what reaches the terminal.
@Suite struct BufferDiffTests {
    private func buffer(_ rows: String..., width: Int = 6) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { buffer.write(row, x: 0, y: y) }
        return buffer
    }

    @Test func anUnchangedScreenWritesNothing() {
        let screen = buffer("abc", "한글")
        #expect(BufferDiff.runs(from: screen, to: screen).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let before = buffer("abc", "def")
        var after = before
        after.put("X", x: 1, y: 1, style: Style(.accent))
        #expect(BufferDiff.runs(from: before, to: after) == [CellRun(x: 1, y: 1, cells: [Cell("X", style: Style(.accent))])])
    }

    @Test func aStyleChangeAloneIsWritten() {
        let before = buffer("abc")
        var after = before
        after.restyle(Rect(x: 0, y: 0, width: 2, height: 1)) { $0.bold = true }
        let runs = BufferDiff.runs(from: before, to: after)
        #expect(runs.map(\.x) == [0])
        #expect(runs.first?.cells.map(\.text) == ["a", "b"])
    }

    @Test func aNewWideCharacterCarriesItsHalfAndNothingElse() {
        let runs = BufferDiff.runs(from: buffer("abcd"), to: buffer("한cd"))
        #expect(runs.count == 1)
        #expect(runs.first?.x == 0)
        #expect(runs.first?.cells.map(\.text) == ["한", ""])
    }

    @Test func aWideCharacterReplacedByANarrowOneRepaintsTheCellAfterIt() {
        let before = buffer("한글")
        var after = before
        after.put("a", x: 0, y: 0, style: .plain)
        // The old half at column 1 is now a blank of its own: the terminal must be told, or half of 한 stays.
        #expect(BufferDiff.runs(from: before, to: after) == [CellRun(x: 0, y: 0, cells: [Cell("a"), Cell(" ")])])
        #expect(after[x: 2, y: 0].text == "글")
    }

    @Test func aChangedWideCharacterAfterAnUnchangedOneStartsItsOwnRun() {
        let runs = BufferDiff.runs(from: buffer("한글 x"), to: buffer("한국 y"))
        #expect(runs == [CellRun(x: 2, y: 0, cells: [Cell("국"), Cell("")]), CellRun(x: 5, y: 0, cells: [Cell("y")])])
    }

    @Test func onlyAContinuationHalfChangingWritesNothing() {
        let before = buffer("한")
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(after != before)
        #expect(BufferDiff.runs(from: before, to: after).isEmpty)
    }

    @Test func aResizeOrAFirstDrawRepaintsEveryCell() {
        let next = buffer("ab", "한", width: 3)
        for previous in [nil, buffer("ab", "cd", width: 4)] as [Buffer?] {
            let runs = BufferDiff.runs(from: previous, to: next)
            #expect(runs.map(\.y) == [0, 1])
            #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 3 })
            #expect(runs[1].cells.map(\.text) == ["한", "", " "])
        }
    }
}
