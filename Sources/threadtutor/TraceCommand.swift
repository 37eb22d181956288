import ArgumentParser
import Foundation
import ThreadModel
import ThreadTrace
import TutorBasics

/// `threadtutor trace`: runs a Python program under the tracer and prints its threads' timeline the way `demo`
/// prints a scenario's, so the same readers (and the same eyes) read both.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Run a Python program and print its threads' timeline (text chart, table, JSON or Chrome trace).",
        discussion: """
        Runs python3 with a small bootstrap that records thread starts and ends, lock, condition, semaphore, \
        event, barrier, queue and join waits and sleeps, while /proc is sampled about every millisecond to tell \
        running from waiting for the GIL or for I/O. Options go before the program; everything after it is the \
        program's own arguments. The program runs in a process group of its own and is stopped (with every \
        process it started) when it ends, at the timeout, on a deadlock between its locks, or on Ctrl-C. Its \
        output is kept (the last 200 lines of each stream) and shown on stderr after the timeline. On a terminal \
        without --format, the demo pane opens at once and animates the threads as the program runs; once it has \
        ended, the playback keys (space, . , [ ] r) work on the recording.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case timeline, table, json
        case chromeTrace = "chrome-trace"
    }

    @Option(name: .customShort("m"), help: ArgumentHelp("Run a module, as python3 -m does.", valueName: "module"))
    var module: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a string of code, as python3 -c does.", valueName: "code"))
    var code: String?

    @Option(help: ArgumentHelp("The interpreter to run (default: python3 from PATH).", valueName: "path"))
    var python = "python3"

    @Option(help: ArgumentHelp("Stop the program after this long: 60, 60s, 500ms or 2m (default 60s).", valueName: "duration"))
    var timeout = "60s"

    @Option(help: ArgumentHelp("Language of the messages and the screen: en or ko (default: from LANG).", valueName: "lang"))
    var lang: Language?

    @Option(help: "Output: timeline (text Gantt chart), table, json or chrome-trace (opens in Perfetto).")
    var format: Format?

    @Option(help: ArgumentHelp("Width of the text chart (default: $COLUMNS, the terminal's, or 80).", valueName: "n"))
    var width: Int?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("The program file and its arguments.", valueName: "program"))
    var program: [String] = []

    func run() throws {
        // The program's arguments are passed through untouched, so a leading --help would be taken for a program.
        if module == nil, code == nil, let first = program.first, first == "--help" || first == "-h" {
            throw CleanExit.helpRequest(self)
        }
        LocaleSetup.apply()
        let language = Language.chosen(lang)
        do {
            let interactive = format == nil && OutputTarget.isInteractiveTerminal
            if interactive {
                // The pane opens at once and animates the threads as the program runs.
                let (target, arguments) = try parseProgram()
                let commandLine = (["threadtutor", "trace"] + CommandLine.arguments.dropFirst(2)).joined(separator: " ")
                let status = try TraceScreen.animate(target, arguments: arguments, commandLine: commandLine, python: python,
                                                     timeoutNanoseconds: try Self.nanoseconds(timeout), language: language)
                if status != 0 { throw ExitCode(status) }
                return
            }
            let result = try trace()
            let issues = Validator.validate(result.timeline, scenario: result.scenario)
            guard issues.isEmpty else {
                let text = issues.map { "\($0)" }.joined(separator: "\n")
                FileHandle.standardError.write(Data("threadtutor: \(language.catalog(.timelineInvalid(issues: text)))\n".utf8))
                throw ExitCode(70)
            }
            print(render(result), terminator: "")
            fflush(nil)
            FileHandle.standardError.write(Data(report(result, in: language).utf8))
        } catch let failure as CommandFailure {
            throw failure.report(in: language)
        }
    }

    private func trace() throws -> TraceResult {
        let (target, arguments) = try parseProgram()
        var options = TraceOptions(program: target, arguments: arguments, bootstrap: TracerLocator.locate())
        options.python = python
        options.timeoutNanoseconds = try Self.nanoseconds(timeout)
        options.stdinFromNull = false
        options.stopOnSignals = true
        do {
            return try TraceRun(options: options).run()
        } catch {
            throw CommandFailure.badInput(error.phrase)
        }
    }

    private func parseProgram() throws -> (TraceProgram, [String]) {
        switch (module, code) {
        case (let module?, nil): return (.module(module), program)
        case (nil, let code?): return (.code(code), program)
        case (nil, nil):
            guard let path = program.first else { throw CommandFailure.usage(.traceNeedsProgram) }
            guard FileManager.default.isReadableFile(atPath: path) else { throw CommandFailure.usage(.cannotReadFile(path: path)) }
            return (.path(path), Array(program.dropFirst()))
        default:
            throw CommandFailure.usage(.traceOneProgram)
        }
    }

    /// "60", "60s", "500ms", "2m" in nanoseconds.
    static func nanoseconds(_ text: String) throws -> Int64 {
        let units: [(String, Double)] = [("ms", 1e6), ("s", 1e9), ("m", 60e9)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(suffix.count)), value > 0 { return Int64(value * scale) }
        }
        if let value = Double(text), value > 0 { return Int64(value * 1e9) }
        throw CommandFailure.usage(.traceTimeoutFormat(text: text))
    }

    private func render(_ result: TraceResult) -> String {
        let text: String
        switch format ?? .timeline {
        case .timeline:
            text = GanttChart.render(result.timeline, scenario: result.scenario, width: OutputTarget.width(explicit: width))
        case .table: text = StateTable.render(result.timeline, scenario: result.scenario)
        case .json: text = TraceJSON.render(result)
        case .chromeTrace: text = ChromeTrace.render(result.timeline, scenario: result.scenario)
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// What the learner reads on stderr after the timeline: the program's output, how it ended, the notes.
    private func report(_ result: TraceResult, in language: Language) -> String {
        var lines: [String] = []
        let streams: [((Int, Int) -> Phrase, OutputTail)] = [
            (Phrase.traceOutputHeading(kept:dropped:), result.stdout), (Phrase.traceErrorOutputHeading(kept:dropped:), result.stderr),
        ]
        for (heading, tail) in streams {
            let kept = tail.kept
            guard !kept.lines.isEmpty else { continue }
            lines.append(language.catalog(heading(kept.lines.count, kept.dropped)))
            lines += kept.lines
        }
        if let deadlock = result.timeline.deadlock {
            lines.append(deadlock.sentence(in: language) { result.timeline.threads[$0.rawValue].name })
        }
        lines.append("threadtutor: \(language.catalog(result.outcome.phrase))")
        lines += result.notes.map { "threadtutor: \(language.catalog($0))" }
        return lines.joined(separator: "\n") + "\n"
    }
}
