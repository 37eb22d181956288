import Foundation
import LessonKit
import TutorBasics
import TutorUI

/// In-process splits of the start-up figure, so a miss says which stage to work on. They have no
/// target of their own (always "met"); they explain the rows above them.
enum BreakdownFigures {
    static let all: [BenchFigure] = [startUpStages]

    /// The bare process (`threadtutor --version`), loading the English course (front matter only: a lesson's body
    /// is read when first asked for; the first load in this process pays one-time costs, later ones are warm), and
    /// building the model and drawing the first frame of the lifecycle lesson, which reads that lesson's body.
    static let startUpStages = BenchFigure(
        name: "  where start-up goes (in process)", target: "(explains start-up)"
    ) { smoke in
        let runs = smoke ? 1 : 11
        var loads: [Double] = [], frames: [Double] = []
        for _ in 0..<runs {
            let (course, load) = Measure.seconds { CourseLoader.load("Lessons", language: .en) }
            guard course.lessons.contains(where: { $0.slug == "lifecycle" }) else {
                throw Unmeasurable("no lifecycle lesson in Lessons/en (run from the package root)")
            }
            let (_, frame) = Measure.seconds {
                let model = Model(course: course, options: InteractiveOptions(present: true),
                                  size: Size(width: 120, height: 40), startLesson: "lifecycle",
                                  demoFactory: ThreadDemo.factory(live: nil))
                return Screen.render(model)
            }
            loads.append(load)
            frames.append(frame)
        }
        let binary = try AppBinary.require()
        guard let bare = ChildProcess.medianRun([binary, "--version"], runs: runs) else {
            throw Unmeasurable("`threadtutor --version` failed")
        }
        let text = "bare process \(Measure.format(seconds: bare)); load course (front matter of \(courseSize()) lessons) first "
            + "\(Measure.format(seconds: loads[0])), warm \(Measure.format(seconds: Statistics.median(loads) ?? 0)); "
            + "read the lesson, build the model, draw the first frame \(Measure.format(seconds: Statistics.median(frames) ?? 0)) (medians of \(runs))"
        return (text, true)
    }

    private static func courseSize() -> Int { CourseLoader.load("Lessons", language: .en).lessons.count }
}
