import Testing
import TutorBasics
@testable import ThreadModel

@Suite struct ReasonTests {
    @Test func englishSentences() {
        #expect(Reason.waitingForLock(lock: "L", holder: "B").sentence(in: .en) == "waiting for lock L held by B")
        #expect(Reason.sliceUsedUp.sentence(in: .en) == "time slice used up")
        #expect(Reason.ioDone.sentence(in: .en) == "I/O done")
        #expect(Reason.gilHandedOver(to: "A", afterMicros: 5_000).sentence(in: .en) == "GIL handed to A after 5 ms")
        #expect(Reason.dispatched(core: 1).sentence(in: .en) == "dispatched to core 1")
        #expect(Reason.waitingForResult(task: "fetch3").sentence(in: .en) == "waiting for result of fetch3")
        #expect(Reason.waitingForThread(thread: "B").sentence(in: .en) == "waiting for B to finish")
    }

    @Test func koreanSentencesPickTheRightParticle() {
        #expect(Reason.waitingForLock(lock: "L", holder: "B").sentence(in: .ko) == "락 L을 기다림 (B가 보유 중)")
        #expect(Reason.waitingForLock(lock: "mutex", holder: "main").sentence(in: .ko) == "락 mutex를 기다림 (main이 보유 중)")
        #expect(Reason.waitingForEvent(event: "E").sentence(in: .ko) == "이벤트 E를 기다림")
        #expect(Reason.sliceUsedUp.sentence(in: .ko) == "타임 슬라이스 소진")
        #expect(Reason.ioDone.sentence(in: .ko) == "I/O 완료")
        #expect(Reason.waitingForGIL.sentence(in: .ko) == "GIL을 기다림")
        #expect(Reason.gotLock(lock: "잠금").sentence(in: .ko) == "락 잠금을 얻음")
    }

    @Test func durationsReadNaturally() {
        #expect(DurationText.format(5_000) == "5 ms")
        #expect(DurationText.format(1_500) == "1.5 ms")
        #expect(DurationText.format(250) == "250 µs")
        #expect(DurationText.format(2_000_000) == "2 s")
    }

    @Test func everyReasonHasADistinctKind() {
        let reasons: [Reason] = [
            .started, .dispatched(core: 1), .sliceUsedUp, .gilHandedOver(to: "A", afterMicros: 1), .gotGIL(from: "A"),
            .waitingForGIL, .waitingForIO, .ioDone, .sleeping, .wokeUp, .waitingForLock(lock: "L", holder: "A"),
            .gotLock(lock: "L"), .waitingForEvent(event: "E"), .eventSet(event: "E"), .waitingForThread(thread: "A"),
            .threadFinished(thread: "A"), .waitingForResult(task: "t"), .resultReady(task: "t"), .waitingForWork,
            .gotTask(task: "t"), .waitingForPool(pool: "p"), .poolShutDown(pool: "p"), .poolClosing(pool: "p"),
            .waitingForKernelThread, .finished,
        ]
        #expect(Set(reasons.map(\.kind)).count == reasons.count)
        #expect(reasons.allSatisfy { !$0.sentence(in: .ko).isEmpty })
    }
}
