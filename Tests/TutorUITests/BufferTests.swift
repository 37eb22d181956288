import Testing
import TextKernel
@testable import TutorUI

@Suite struct BufferTests {
    @Test func writesOutsideAreClippedNotTrapped() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        buffer.write("abcdef", x: 2, y: 0)
        buffer.write("zz", x: -1, y: 1)
        buffer.write("never", x: 0, y: 5)
        buffer.fill(Rect(x: -3, y: -3, width: 100, height: 1), with: "#")
        #expect(buffer.rowText(0) == "  ab")
        #expect(buffer.rowText(1) == "z   ")
        #expect(buffer[x: 99, y: 99] == .blank)
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        let end = buffer.write("한글", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer[x: 1, y: 0].isContinuation)
        #expect(buffer.rowText(0) == "한글 ")
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.write("a한글", x: 0, y: 0)
        #expect(buffer.rowText(0) == "a한")
        var narrow = Buffer(size: Size(width: 2, height: 1))
        narrow.write("a한", x: 0, y: 0)
        #expect(narrow.rowText(0) == "a ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("한글", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.rowText(0) == " x글")
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.rowText(0) == " xy ")
    }

    @Test func clipRectangleLimitsWrites() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("abcdef", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(buffer.rowText(0) == " bcd  ")
    }

    @Test func columnWidthCountsHangulAsTwo() {
        #expect(DisplayWidth.of("스레드") == 6)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }
}
