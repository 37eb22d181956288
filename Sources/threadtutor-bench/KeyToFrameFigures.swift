import Foundation

/// Key to frame: the real binary on a pseudo-terminal at 120×40, the time from writing a key to the arrival of
/// the last byte of the frame it draws; vim on the same harness, in the same run, keys interleaved with ours.
///
/// The end of a frame is known by its bytes, not by a pause in the output (a frame can arrive in pieces several
/// milliseconds apart when the machine is busy, and waiting for quiet would add the wait): each program first
/// goes through its cycle of keys a few times untimed, waiting for quiet after every key, which records the bytes
/// each key draws once the program is warm. The keys of a cycle bring the program back to where it started, and
/// the program and ncurses are deterministic, so in the timed pass the same key draws the same bytes: a key's time
/// ends when exactly those bytes have arrived. A key that draws anything else counts as a mismatch and is not
/// timed.
enum KeyToFrameFigures {
    static let all: [BenchFigure] = [keyToFrame]

    /// ours ÷ vim at most this, and a p99 of at most `p99Budget`.
    static let vimFactor = 2.0, p99Budget = 0.005

    /// One key of a cycle: what is written to the terminal, and whether it is timed.
    struct Keystroke: Sendable {
        var label: String
        var bytes: String
        var timed = true
        /// Starts an animation: what it draws is recorded only up to the first tick (50 ms), not until quiet.
        var startsPlayback = false
    }

    /// A program on a pty going round its cycle of keys.
    final class KeyedProgram {
        let name: String
        let pty: PTYSession
        let cycle: [Keystroke]
        private(set) var expected: [[UInt8]] = []
        private(set) var samples: [(key: Int, seconds: Double)] = []
        private(set) var mismatches = 0
        /// Which keys of the cycle drew other bytes, by index.
        private(set) var mismatchedKeys: [Int] = []
        private var position = 0

        init(name: String, pty: PTYSession, cycle: [Keystroke]) {
            self.name = name
            self.pty = pty
            self.cycle = cycle
        }

        /// Goes round the cycle untimed, at least `rounds` times, and on (up to `rounds + 4` in all) until every
        /// key drew the same bytes in the last two rounds: a round disturbed by the machine (a tick caught in the
        /// play's frame, a frame cut by a long stall) is not taken as the truth. Keeps the last round.
        func calibrate(rounds: Int, quiet: Double) throws {
            var previous: [[UInt8]] = []
            for round in 0..<(rounds + 4) {
                expected = cycle.map { key in
                    pty.send(key.bytes)
                    return key.startsPlayback ? pty.collect(quiet: 0.02, cap: 0.04) : pty.collect(quiet: quiet)
                }
                if round + 1 >= rounds, expected == previous { break }
                previous = expected
            }
            guard pty.isRunning else { throw Unmeasurable("\(name) exited on the pty") }
            if let silent = cycle.indices.first(where: { expected[$0].isEmpty }) {
                throw Unmeasurable("\(name) drew nothing for the key \(cycle[silent].label)")
            }
        }

        /// Writes the next key of the cycle and reads until its frame has arrived.
        func pressNext() {
            let index = position % cycle.count
            position += 1
            let start = PTYSession.now()
            pty.send(cycle[index].bytes)
            guard let end = pty.readUntil(expected[index]) else {
                mismatches += 1
                mismatchedKeys.append(index)
                if ProcessInfo.processInfo.environment["THREADTUTOR_BENCH_DEBUG"] != nil {
                    print("\(name): key \(cycle[index].label) did not draw its \(expected[index].count) bytes")
                }
                return
            }
            if cycle[index].timed { samples.append((index, end - start)) }
        }

        var seconds: [Double] { samples.map(\.seconds) }

        /// Median per timed key of the cycle, "→ 7.9 ms, . 0.8 ms".
        var byKey: String {
            cycle.indices.filter { cycle[$0].timed }.compactMap { index -> String? in
                let times = samples.filter { $0.key == index }.map(\.seconds)
                return Statistics.median(times).map { "\(cycle[index].label) \(Measure.format(seconds: $0))" }
            }.joined(separator: ", ")
        }
    }

    /// Our cycle on the lifecycle lesson's step 4, which has a demo: one transition forward and back, next step and
    /// back, play and pause (the pause follows the play's frame at once, before the first tick).
    static let ourCycle: [Keystroke] = [
        Keystroke(label: ".", bytes: "."), Keystroke(label: ",", bytes: ","),
        Keystroke(label: "→", bytes: "\u{1B}OC"), Keystroke(label: "←", bytes: "\u{1B}OD"),
        Keystroke(label: "space (play)", bytes: " ", startsPlayback: true), Keystroke(label: "space (pause)", bytes: " "),
    ]

    /// vim in insert mode: a character, timed to its echo, then a backspace (untimed) to stay on the same column.
    static let vimCycle: [Keystroke] = [
        Keystroke(label: "x", bytes: "x"), Keystroke(label: "backspace", bytes: "\u{7F}", timed: false),
    ]

    /// `threadtutor lifecycle` at 120×40 with a fresh home, moved to step 4 (→ three times).
    static func startOurs(_ binary: String, name: String, home: String, options: [String] = []) throws -> KeyedProgram {
        guard let pty = PTYSession([binary, "--lessons", "Lessons", "--lang", "en"] + options + ["lifecycle"], width: 120,
                                   height: 40, environment: AppBinary.environment(home: home)) else {
            throw Unmeasurable("could not start \(name) on a pseudo-terminal")
        }
        guard !pty.collect(quiet: 0.3).isEmpty, pty.isRunning else {
            pty.finish()
            throw Unmeasurable("\(name) drew nothing on the pty")
        }
        for _ in 0..<3 {
            pty.send("\u{1B}OC")
            _ = pty.collect(quiet: 0.15)
        }
        return KeyedProgram(name: name, pty: pty, cycle: ourCycle)
    }

    /// `vim -u NONE -N` (no swap file, no viminfo) at 120×40, in insert mode.
    static func startVim(home: String) -> KeyedProgram? {
        let vim = AppFigures.vimName
        guard ChildProcess.exists(vim),
              let pty = PTYSession([vim, "-u", "NONE", "-N", "-n", "-i", "NONE"], width: 120, height: 40,
                                   environment: AppBinary.environment(home: home)) else { return nil }
        guard !pty.collect(quiet: 0.3).isEmpty else {
            pty.finish()
            return nil
        }
        pty.send("i")
        _ = pty.collect(quiet: 0.15)
        return KeyedProgram(name: vim, pty: pty, cycle: vimCycle)
    }

    /// Calibrates every program (at least two rounds and 100 ms of quiet after a key in smoke mode, three and
    /// 150 ms otherwise), then presses `steps` keys in each, one program after the other key by key.
    static func run(_ programs: [KeyedProgram], steps: Int, smoke: Bool) throws {
        for program in programs { try program.calibrate(rounds: smoke ? 2 : 3, quiet: smoke ? 0.1 : 0.15) }
        guard let guarded = programs.first(where: { $0.cycle.first?.label == "." }),
              !String(decoding: guarded.expected[0], as: UTF8.self).contains("no demo") else {
            throw Unmeasurable("step 4 of the lifecycle lesson has no demo any more: pick another step for the keys")
        }
        for _ in 0..<steps {
            for program in programs { program.pressNext() }
        }
    }

    /// Ends a program: vim with Escape and `:q!`, ours with `q` (`finish` signals whichever does not exit).
    static func stop(_ program: KeyedProgram) {
        if program.cycle.first?.label == "x" { program.pty.send("\u{1B}:q!\r") }
        program.pty.finish()
    }

    /// "median 1.2 ms, p99 3.4 ms of 408 keys".
    static func summary(_ program: KeyedProgram) -> String {
        let seconds = program.seconds
        let median = Statistics.median(seconds) ?? .nan, p99 = Statistics.percentile(seconds, 0.99) ?? .nan
        return "median \(Measure.format(seconds: median)), p99 \(Measure.format(seconds: p99)) of \(seconds.count) keys"
            + (program.mismatches > 0 ? " (\(program.mismatches) drew other bytes, not timed: \(mismatchLabels(program)))" : "")
    }

    /// "→ 3, space (play) 1".
    static func mismatchLabels(_ program: KeyedProgram) -> String {
        program.cycle.indices.compactMap { index -> String? in
            let count = program.mismatchedKeys.filter { $0 == index }.count
            return count == 0 ? nil : "\(program.cycle[index].label) \(count)"
        }.joined(separator: ", ")
    }

    static let keyToFrame = BenchFigure(
        name: "key to frame, lifecycle 120×40 on a pty",
        target: "median ≤ \(Int(vimFactor))× vim's echo; p99 ≤ \(Int(p99Budget * 1_000)) ms"
    ) { smoke in
        let binary = try AppBinary.require()
        let home = try GeneratedCourse.temporaryFolder("keys-home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let ours = try startOurs(binary, name: "threadtutor", home: home)
        defer { stop(ours) }
        // The same keys in presenter mode, which reads and writes no progress file: a step change then costs
        // no file write, so the difference is what recording the position costs a key.
        // (Left out of the smoke run, which only checks that the figure can be measured.)
        let presentHome = home + "/present"
        try FileManager.default.createDirectory(atPath: presentHome, withIntermediateDirectories: true)
        let present = smoke ? nil : try startOurs(binary, name: "threadtutor --present", home: presentHome,
                                                     options: ["--present"])
        defer { present.map(stop) }
        let vim = startVim(home: home)
        defer { vim.map(stop) }
        // 408 steps: 408 of our keys and 204 of vim's echoes (every other vim key is the untimed backspace).
        try run([ours] + (present.map { [$0] } ?? []) + (vim.map { [$0] } ?? []), steps: smoke ? ourCycle.count : 408,
                smoke: smoke)
        let seconds = ours.seconds
        guard let median = Statistics.median(seconds), let p99 = Statistics.percentile(seconds, 0.99) else {
            throw Unmeasurable("no key drew the frame it drew before (\(ours.mismatches) mismatches)")
        }
        if !smoke, ours.mismatches * 4 > seconds.count + ours.mismatches {
            throw Unmeasurable("a quarter of the keys drew other bytes than before (\(mismatchLabels(ours)))")
        }
        var text = summary(ours)
        var details = [BenchFigure.Detail(name: "threadtutor, median by key", result: ours.byKey, met: nil)]
        if let present {
            details.append(BenchFigure.Detail(name: "--present (no progress file)",
                                              result: summary(present) + "; " + present.byKey, met: nil))
        }
        let vimMedian = vim.flatMap { Statistics.median($0.seconds) }
        if let vim, let vimMedian {
            text += "; \(vim.name) echo median \(Measure.format(seconds: vimMedian)) (ours \(Measure.rounded(median / vimMedian, 1))× vim)"
            details.append(BenchFigure.Detail(name: "\(vim.name) -u NONE, insert mode, x to its echo", result: summary(vim), met: nil))
        } else {
            text += "; vim: unavailable"
        }
        let met = p99 <= p99Budget && (vimMedian.map { median / $0 <= vimFactor } ?? true)
        return BenchFigure.Measured(result: text, met: smoke || met, details: details)
    }
}
