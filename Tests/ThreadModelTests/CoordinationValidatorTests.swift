import Testing
@testable import ThreadModel

/// The validator's rules for the coordination objects: a queue gives its oldest item, a semaphore never goes
/// below zero.
@Suite struct CoordinationValidatorTests {
    @Test func aGetOutOfOrderIsReported() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        timeline.record(.queuePut(queue: "q", item: "x", thread: a), at: 0)
        timeline.record(.queuePut(queue: "q", item: "y", thread: a), at: 0)
        timeline.record(.queueGot(queue: "q", item: "y", thread: a), at: 1)
        timeline.record(.queueGot(queue: "q", item: "z", thread: a), at: 2)
        #expect(Validator.validate(timeline, scenario: Scenario()).map(\.message) == [
            "A gets y from queue q, but the oldest item is x",
            "A gets z from queue q, but the oldest item is y",
        ])
    }

    @Test func aSemaphoreBelowZeroIsReported() {
        var timeline = Timeline(cores: 1)
        let a = timeline.addThread(name: "A")
        timeline.record(.semaphoreAcquired(semaphore: "S", thread: a, value: 0), at: 0)
        timeline.record(.semaphoreAcquired(semaphore: "S", thread: a, value: -1), at: 1)
        #expect(Validator.validate(timeline, scenario: Scenario()).map(\.message) == ["semaphore S goes below 0 when A takes it"])
    }
}
