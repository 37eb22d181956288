import LessonKit
import TutorBasics

/// Makes the demo pane for a step, or nil when the step has no demo.
public typealias DemoFactory = @Sendable (_ step: Step, _ lesson: Lesson, _ language: Language) -> (any DemoPane)?
