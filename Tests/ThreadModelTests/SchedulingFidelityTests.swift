import Testing
@testable import ThreadModel

/// Scheduling details that follow real systems: a many-to-one caller resumes on the kernel thread it never left.
@Suite struct SchedulingFidelityTests {
    @Test func aManyToOneCallerGoesOnAtOnceWhenItsSystemCallReturns() throws {
        let (timeline, _) = try simulate("model: many-to-one\n" + ClassicResultTests.models)
        let c = timeline.transitions(of: timeline.id("C"))
        let done = try #require(c.firstIndex { $0.reason == .ioDone })
        #expect(c[done].time == 55 * ms)
        #expect(c[done + 1].reason == .dispatched(core: 1))
        #expect(c[done + 1].time == 55 * ms)
        #expect(timeline.lastTime("C", to: .terminated) == 60 * ms)
        #expect(timeline.makespan == 120 * ms)
    }

    @Test func aManyToManyCallerKeepsItsKernelThroughTheCallAndResumesOnIt() throws {
        let (timeline, _) = try simulate("model: many-to-many:2\n" + ClassicResultTests.models)
        #expect(timeline.lastTime("C", to: .terminated) == 50 * ms)
        #expect(timeline.makespan == 60 * ms)
    }
}
