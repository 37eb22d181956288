import Foundation

/// `threadtutor-bench --compare OLD NEW`: the app-level figures of two `threadtutor` binaries side by side, timed
/// in the same interleaved rounds (first frame, the bare process, a first frame with a 16-thread demo pane, key to
/// frame, `show` of every lesson), then the terminal session of each (bytes per frame, CPU playing and paused).
/// Prints figure | old | new | new ÷ old. Both binaries must take the same command line (render-frame, show,
/// --lessons, --lang). scripts/bench-compare.sh runs it.
enum CompareBinaries {
    static func run(old: String, new: String, smoke: Bool) throws -> [[String]] {
        for binary in [old, new] where !ChildProcess.exists(binary) {
            throw Unmeasurable("no executable at \(binary)")
        }
        var rows: [[String]] = [["figure", "old", "new", "new ÷ old"]]
        func row(_ name: String, _ values: [Double?], format: (Double) -> String = { Measure.format(seconds: $0) }) {
            let ratio = values[0].flatMap { o in values[1].flatMap { n in o > 0 ? "\(Measure.rounded(n / o, 2))" : nil } } ?? ""
            rows.append([name] + values.map { $0.map(format) ?? "failed" } + [ratio])
        }
        let home = try GeneratedCourse.temporaryFolder("compare-home")
        defer { try? FileManager.default.removeItem(atPath: home) }

        // First frame, bare process, anchors.
        let rounds = smoke ? 1 : 21
        let first = AppFigures.firstFrameMedians(binaries: [old, new], home: home, rounds: rounds, smoke: smoke)
        row("first frame, render-frame lifecycle 120×40 (median of \(rounds))", first.ours)
        row("  bare process, --version", first.bare)
        rows.append(["  anchors: \(AppFigures.vimName) -es; rich", first.vim.map { Measure.format(seconds: $0) } ?? "unavailable",
                     first.rich.map { Measure.format(seconds: $0) } ?? "unavailable", ""])

        // The first frame of a lesson whose demo has 16 threads: the demo pane drawn by the real binary.
        let sixteen = try GeneratedCourse.sixteenThreadLesson()
        defer { try? FileManager.default.removeItem(atPath: sixteen) }
        let demoCommands = [old, new].map { binary in
            InterleavedRuns.Command([binary, "render-frame", "--lessons", sixteen, "120x40", "sixteen"],
                                    environment: AppBinary.environment(home: home))
        }
        row("first frame with a 16-thread demo pane, 120×40", InterleavedRuns.medians(demoCommands, rounds: rounds))

        // Key to frame, both binaries and vim, key by key.
        let oldHome = home + "/old", newHome = home + "/new"
        for folder in [oldHome, newHome] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let oldKeys = try KeyToFrameFigures.startOurs(old, name: "old", home: oldHome)
        defer { KeyToFrameFigures.stop(oldKeys) }
        let newKeys = try KeyToFrameFigures.startOurs(new, name: "new", home: newHome)
        defer { KeyToFrameFigures.stop(newKeys) }
        let vim = KeyToFrameFigures.startVim(home: home)
        defer { vim.map(KeyToFrameFigures.stop) }
        try KeyToFrameFigures.run([oldKeys, newKeys] + (vim.map { [$0] } ?? []),
                                  steps: smoke ? KeyToFrameFigures.ourCycle.count : 408, smoke: smoke)
        row("key to frame, median", [Statistics.median(oldKeys.seconds), Statistics.median(newKeys.seconds)])
        row("key to frame, p99", [Statistics.percentile(oldKeys.seconds, 0.99), Statistics.percentile(newKeys.seconds, 0.99)])
        for (index, key) in KeyToFrameFigures.ourCycle.enumerated() {
            let medians = [oldKeys, newKeys].map { program in
                Statistics.median(program.samples.filter { $0.key == index }.map(\.seconds))
            }
            row("  key '\(key.label)', median", medians)
        }
        rows.append(["  mismatched keys (not timed)", "\(oldKeys.mismatches)", "\(newKeys.mismatches)", ""])
        rows.append(["  anchor: \(vim?.name ?? "vim") echo, median",
                     vim.flatMap { Statistics.median($0.seconds) }.map { Measure.format(seconds: $0) } ?? "unavailable",
                     "", ""])

        // show, every lesson and the blog post.
        let (blogFolder, _) = try GeneratedCourse.blogPost()
        defer { try? FileManager.default.removeItem(atPath: blogFolder) }
        let entries = try ShowFigures.entries(blogFolder: blogFolder)
        let showRounds = smoke ? 1 : 11
        let show = ShowFigures.endToEnd(entries, binaries: [old, new], rounds: showRounds, home: home)
        row("show, slowest lesson (median of \(showRounds))", show.show.map { $0.compactMap { $0 }.max() })
        for (index, entry) in entries.enumerated() {
            row("  show \(entry.name)", [show.show[0][index], show.show[1][index]])
        }

        // The terminal session of each binary in turn (a session cannot be interleaved).
        let window = smoke ? 0.5 : 5.0
        let sessions = try [old, new].map { try TerminalFigures.measureSession(window: window, binary: $0) }
        row("terminal bytes per frame, 16 threads playing", sessions.map { Double($0.playing.bytes) / Double($0.playing.frames) },
            format: { "\(Int($0)) B" })
        row("CPU while the demo plays, % of a core", sessions.map { $0.playingCPU / $0.window * 100 },
            format: { "\(Measure.rounded($0, 2))%" })
        row("CPU while the demo is paused, % of a core", sessions.map { $0.pausedCPU / $0.window * 100 },
            format: { "\(Measure.rounded($0, 2))%" })
        return rows
    }
}
