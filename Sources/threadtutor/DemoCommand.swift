import ArgumentParser
import Foundation
import LessonKit
import ThreadLive
import ThreadModel
import TutorBasics
import TutorUI

/// `threadtutor demo`: runs a lesson's demo or a scenario file and prints its timeline, for study and for tools.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a demo and print its timeline (text chart, table, JSON, Chrome trace, asciinema cast or SVG).",
        discussion: """
        DEMO is a lesson with an optional demo number (lifecycle, lifecycle#2) or a scenario file (ending in \
        .yaml or .yml). Simulated runs are deterministic: the same scenario and seed give the same timeline. \
        With --live the scenario runs on real OS threads and the table gains the kernel's thread ids. \
        A demo that deadlocks on purpose still exits 0; its JSON carries the wait-for cycle.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case timeline, table, json
        case chromeTrace = "chrome-trace"
        case cast, svg
    }

    @OptionGroup var course: CourseOptions

    @Argument(help: ArgumentHelp("lesson[#n] or a scenario .yaml file", valueName: "demo"))
    var demo: String

    @Option(help: """
        Output: timeline (text Gantt chart), table, json, chrome-trace (opens in Perfetto), cast (the demo pane \
        playing, an asciinema v2 recording) or svg (the lanes, legend and reasons, for a browser or slides).
        """)
    var format: Format = .timeline

    @Option(help: "Seed for tie-breaking in the simulator (default: the scenario's).")
    var seed: UInt64?

    @Flag(help: "Run on real OS threads instead of the simulator.")
    var live = false

    @Option(help: ArgumentHelp("Width of the text chart (default: $COLUMNS, the terminal's, or 80).", valueName: "n"))
    var width: Int?

    func run() throws {
        LocaleSetup.apply()
        do {
            let scenario = try loadScenario()
            var kernelLetter: ((ThreadID, Int64) -> String?)?
            let timeline: Timeline
            if live {
                let run = try runLive(scenario)
                timeline = run.timeline()
                kernelLetter = { run.kernelLetter(of: $0, at: $1) }
                run.stop()
            } else {
                timeline = Simulator.run(scenario, seed: seed)
            }
            let issues = Validator.validate(timeline, scenario: scenario)
            guard issues.isEmpty else {
                let text = issues.map { "\($0)" }.joined(separator: "\n")
                let message = course.language.catalog(.timelineInvalid(issues: text))
                FileHandle.standardError.write(Data("threadtutor: \(message)\n".utf8))
                throw ExitCode(70)
            }
            print(render(timeline, scenario: scenario, kernelLetter: kernelLetter), terminator: "")
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }

    /// `kernelLetter` (live runs) adds the kernel's state letter to each table cell: "ready / S".
    private func render(_ timeline: Timeline, scenario: Scenario,
                        kernelLetter: ((ThreadID, Int64) -> String?)?) -> String {
        let text: String
        switch format {
        case .timeline:
            text = GanttChart.render(timeline, scenario: scenario, width: OutputTarget.width(explicit: width),
                                     language: course.language)
        case .table:
            text = StateTable.render(timeline, scenario: scenario, language: course.language, annotate: kernelLetter)
        case .json: text = TimelineJSON.render(timeline, scenario: scenario)
        case .chromeTrace: text = ChromeTrace.render(timeline, scenario: scenario)
        case .cast:
            let size = Size(width: OutputTarget.width(explicit: width), height: 24)
            text = DemoCast.render(timeline, scenario: scenario, language: course.language, size: size)
        case .svg: text = DemoSVG.render(timeline, scenario: scenario, language: course.language)
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// A scenario file when the argument names one, else a lesson's demo.
    private func loadScenario() throws -> Scenario {
        if demo.hasSuffix(".yaml") || demo.hasSuffix(".yml") {
            return try ScenarioFile.load(demo)
        }
        let (name, number) = DemoReference.split(demo)
        let loaded = try course.loadCourse()
        let lesson = try course.resolve(name, in: loaded)
        let demos = lesson.steps.flatMap(\.demos)
        guard !demos.isEmpty else { throw CommandFailure.usage(.lessonWithoutDemo(lesson: lesson.slug)) }
        guard demos.indices.contains(number - 1) else {
            throw CommandFailure.usage(.noSuchDemo(lesson: lesson.slug, count: demos.count, number: number))
        }
        guard let scenario = demos[number - 1].scenario else {
            let problems = lesson.diagnostics.map(\.description).joined(separator: "\n")
            throw CommandFailure.badInput(.demoBroken(number: number, lesson: lesson.slug, problems: problems))
        }
        return scenario
    }

    /// Runs the scenario on real threads, watching /proc; a demo that deadlocks ends once the deadlock is found.
    private func runLive(_ scenario: Scenario) throws -> LiveRun {
        let run = LiveRun(scenario: scenario)
        if run.coresExceedMachine {
            let notice = course.language.catalog(.demoNeedsMoreCores(wanted: scenario.cores,
                                                                      machine: LiveRun.machineCores))
            FileHandle.standardError.write(Data("threadtutor: \(notice)\n".utf8))
        }
        guard run.start(kernelWatchInterval: .milliseconds(2)) else {
            throw CommandFailure.badInput(.threadsRefused)
        }
        let limit = 120
        if !run.waitUntilFinished(timeout: .seconds(limit)) {
            run.stop()
            throw CommandFailure.badInput(.liveDemoTimedOut(seconds: limit))
        }
        return run
    }
}
