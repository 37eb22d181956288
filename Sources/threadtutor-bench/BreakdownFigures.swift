import Foundation
import LessonKit
import TextRender
import TutorBasics
import TutorUI

/// In-process splits of the start-up and `show` figures, so a miss says which stage to work on. They have no
/// target of their own (always "met"); they explain the rows above them.
enum BreakdownFigures {
    static let all: [BenchFigure] = [startUpStages, showStages]

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

    /// The generated big lesson through each stage of `show`: parse, lay out at 100 columns, write as text; and
    /// cmark-gfm alone on the same text, the floor under the parse (it cannot run two parses at once).
    static let showStages = BenchFigure(name: "  where `show` goes (in process)", target: "(explains show)") { smoke in
        let (folder, size) = try GeneratedCourse.bigLesson(bytes: smoke ? 100_000 : 4_000_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let markdown = try String(contentsOfFile: folder + "/01-big.md", encoding: .utf8)
        let cmark = Statistics.median((0..<(smoke ? 1 : 3)).map { _ in CmarkAlone.parseSeconds(markdown) }) ?? .nan
        // A lesson's body is parsed when its steps are first asked for, so parsing ends there, not at load.
        let (steps, parse) = Measure.seconds { CourseLoader.load(folder, language: .en).lessons.first?.steps }
        guard let steps else { throw Unmeasurable("the generated lesson did not load") }
        let (lines, layout) = Measure.seconds { steps.flatMap { DocumentRenderer.render($0.blocks, width: 100) } }
        let (text, write) = Measure.seconds { AnsiRenderer(color: .never).render(lines) }
        let megabytes = Double(size) / 1e6
        func rate(_ seconds: Double) -> String { "\(Measure.rounded(megabytes / max(seconds, 1e-9), 1)) MB/s" }
        let result = "cmark-gfm alone \(rate(cmark)) (median of \(smoke ? 1 : 3)); parse with it \(rate(parse)), "
            + "lay out \(rate(layout)), ANSI text \(rate(write)) "
            + "(\(lines.count) lines, \(text.utf8.count / 1_000) KB out)"
        return (result, true)
    }
}
