import ThreadModel
import TutorBasics

/// `threadtutor check`'s warning for a demo that shows Python threads computing at the same time: the GIL is
/// off (not written) while its lesson is about Python (it has a ```python block), and in the simulation two or
/// more threads run at once. A demo that writes `gil: false` itself shows threads in general or a GIL-free
/// build on purpose and is left alone. A warning, not a problem: the lesson still opens.
public enum GILCheck {
    public static func warnings(in course: Course) -> [Diagnostic] {
        course.lessons.flatMap(warnings(in:))
    }

    public static func warnings(in lesson: Lesson) -> [Diagnostic] {
        let steps = lesson.steps
        let aboutPython = steps.contains { step in
            step.blocks.contains { if case .code(let language, _, _) = $0 { language == "python" } else { false } }
        }
        guard aboutPython else { return [] }
        return steps.flatMap(\.demos).compactMap { demo in
            guard !demo.writesGIL, let scenario = demo.scenario, scenario.gilSwitchInterval == nil else { return nil }
            let most = mostRunningAtOnce(Simulator.run(scenario))
            guard most >= 2 else { return nil }
            return Diagnostic(
                "warning: \(most) threads compute at the same time in a lesson about Python, but the demo has no GIL: "
                    + "add `gil: true`, or write `gil: false` if it shows threads in general or a free-threaded build",
                at: demo.location
            )
        }
    }

    /// The most threads running at one instant, counted once every transition of the instant is in (a
    /// preemption and the next dispatch may be recorded in either order).
    static func mostRunningAtOnce(_ timeline: Timeline) -> Int {
        var running = Set<ThreadID>()
        var most = 0
        var time: Int64?
        for transition in timeline.transitions {
            if transition.time != time {
                most = max(most, running.count)
                time = transition.time
            }
            if transition.from == .running { running.remove(transition.thread) }
            if transition.to == .running { running.insert(transition.thread) }
        }
        return max(most, running.count)
    }
}
