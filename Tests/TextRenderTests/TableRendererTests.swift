import LessonKit
import Testing
@testable import TextRender

@Suite struct TableRendererTests {
    private let table = TableBlock(
        alignments: [.left, .right, .center],
        header: [[.text("Thread")], [.text("Time")], [.text("State")]],
        rows: [
            [[.text("main")], [.text("0 ms")], [.text("running")]],
            [[.text("worker-1")], [.text("120 ms")], [.text("blocked on lock L while main holds it")]],
        ]
    )

    private func lines(_ table: TableBlock, width: Int, options: RenderOptions = .standard) -> [String] {
        TableRenderer(options: options).render(table, width: width).map(\.plainText)
    }

    @Test func naturalWidthsWhenTheyFit() {
        #expect(lines(table, width: 80, options: .ascii) == [
            "+----------+--------+---------------------------------------+",
            "| Thread   |   Time |                 State                 |",
            "+==========+========+=======================================+",
            "| main     |   0 ms |                running                |",
            "| worker-1 | 120 ms | blocked on lock L while main holds it |",
            "+----------+--------+---------------------------------------+",
        ])
    }

    @Test func shrinksTheWidestColumnAndWrapsItsCells() {
        #expect(lines(table, width: 40) == [
            "┌──────────┬────────┬──────────────────┐",
            "│ Thread   │   Time │      State       │",
            "├──────────┼────────┼──────────────────┤",
            "│ main     │   0 ms │     running      │",
            "├──────────┼────────┼──────────────────┤",
            "│ worker-1 │ 120 ms │ blocked on lock  │",
            "│          │        │   L while main   │",
            "│          │        │     holds it     │",
            "└──────────┴────────┴──────────────────┘",
        ])
    }

    @Test func tooNarrowBecomesRecords() {
        #expect(lines(table, width: 24) == [
            "Thread: main", "Time: 0 ms", "State: running", "",
            "Thread: worker-1", "Time: 120 ms", "State: blocked on lock L", "while main holds it",
        ])
    }

    @Test func koreanCellsAreMeasuredInColumns() {
        let korean = TableBlock(alignments: [.none, .right], header: [[.text("상태")], [.text("시간")]],
                                rows: [[[.text("실행")], [.text("5")]], [[.text("대기")], [.text("120")]]])
        #expect(lines(korean, width: 40) == [
            "┌──────┬──────┐",
            "│ 상태 │ 시간 │",
            "├──────┼──────┤",
            "│ 실행 │    5 │",
            "│ 대기 │  120 │",
            "└──────┴──────┘",
        ])
    }

    @Test func raggedRowsArePadded() {
        let ragged = TableBlock(alignments: [], header: [[.text("a")], [.text("b")]], rows: [[[.text("1")]]])
        #expect(lines(ragged, width: 20, options: .ascii) == [
            "+---+---+", "| a | b |", "+===+===+", "| 1 |   |", "+---+---+",
        ])
    }

    @Test func headerOnlyTableOnANarrowScreenListsTheColumns() {
        let headerOnly = TableBlock(alignments: [], header: [[.text("first column")], [.text("second column")]], rows: [])
        #expect(lines(headerOnly, width: 12) == ["first", "column,", "second", "column"])
        #expect(lines(headerOnly, width: 60, options: .ascii).count == 4)
    }

    @Test func fitsEveryWidth() {
        for width in 1...70 {
            for line in TableRenderer().render(table, width: width) {
                #expect(line.width <= width, "width \(width): \(line.plainText)")
            }
        }
    }
}
