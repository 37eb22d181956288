import Testing
@testable import ThreadLive
import ThreadModel

@Suite struct GateTests {
    @Test func coreGateServesWaitersInArrivalOrder() {
        var gate = CoreGate(cores: 1)
        let first = gate.request(for: 0), second = gate.request(for: 1), third = gate.request(for: 2)
        #expect(first == 0 && second == nil && third == nil)
        let afterFirst = gate.release(core: 0)
        #expect(afterFirst == 1)
        #expect(gate.holders == [1])
        let afterSecond = gate.release(core: 0), afterThird = gate.release(core: 0)
        #expect(afterSecond == 2 && afterThird == nil)
        #expect(gate.holders == [nil])
    }

    @Test func coreGateNeverLetsANewcomerPassAWaiter() {
        var gate = CoreGate(cores: 2)
        let granted = [gate.request(for: 0), gate.request(for: 1), gate.request(for: 2)]
        #expect(granted == [0, 1, nil])
        let next = gate.release(core: 1)
        #expect(next == 2)
        #expect(gate.busyCount == 2)
    }

    @Test func gilHandsOverOnlyAfterTheSwitchInterval() {
        var gil = GILGate(switchInterval: 5)
        let holder = gil.request(for: 0, now: 0)
        #expect(holder)
        #expect(!gil.mustDrop(now: 100))
        let waiter = gil.request(for: 1, now: 10)
        #expect(!waiter)
        #expect(!gil.mustDrop(now: 14))
        #expect(gil.mustDrop(now: 15))
        let next = gil.release(now: 16)
        #expect(next?.thread == 1)
        #expect(next?.waited == 6)
        #expect(gil.holder == 1)
        #expect(!gil.mustDrop(now: 1_000))
    }

    @Test func gilReleasedWithoutWaitersIsFree() {
        var gil = GILGate(switchInterval: 5)
        let first = gil.request(for: 3, now: 0)
        let next = gil.release(now: 1)
        #expect(first && next == nil)
        #expect(gil.holder == nil)
        let second = gil.request(for: 4, now: 2)
        #expect(second)
    }

    @Test func fifoQueueKeepsOrderAcrossCompaction() {
        var queue = FIFOQueue<Int>()
        for item in 0..<200 { queue.append(item) }
        var popped: [Int] = []
        for _ in 0..<150 { popped.append(queue.popFirst()!) }
        queue.append(200)
        queue.remove(160)
        #expect(popped == Array(0..<150))
        #expect(Array(queue) == Array(150..<160) + Array(161...200))
        #expect(queue.removeAll() == Array(150..<160) + Array(161...200))
        #expect(queue.isEmpty)
    }

    @Test func kernelNamesAreCutOnCharacterBoundaries() {
        #expect(ThreadName.kernelName(for: "worker") == "worker")
        #expect(ThreadName.kernelName(for: "a-very-long-thread-name") == "a-very-long-thr")
        let korean = ThreadName.kernelName(for: "작업자스레드하나")
        #expect(korean == "작업자스레")
        #expect(korean.utf8.count == 15)
    }
}
