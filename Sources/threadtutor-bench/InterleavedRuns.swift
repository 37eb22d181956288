/// Several commands timed in rounds (A, B, C, A, B, C…) rather than one after the other, so that a change in
/// the machine's speed while the figure runs (other virtual machines on the host, other builds) touches all of
/// them alike and the ratios between them are taken side by side.
enum InterleavedRuns {
    struct Command {
        var arguments: [String]
        var environment: [String: String]
        /// Runs in every round, or only in every n-th (for a slow anchor).
        var everyNthRound: Int

        init(_ arguments: [String], environment: [String: String] = [:], everyNthRound: Int = 1) {
            self.arguments = arguments
            self.environment = environment
            self.everyNthRound = everyNthRound
        }
    }

    /// Median wall seconds of each command (nil for an absent command or one that failed), after one warm-up run
    /// of each.
    static func medians(_ commands: [Command?], rounds: Int) -> [Double?] {
        var alive = commands.map { command in
            command.map { ChildProcess.timedRun($0.arguments, environment: $0.environment) != nil } ?? false
        }
        var samples = Array(repeating: [Double](), count: commands.count)
        for round in 0..<rounds {
            for (index, command) in commands.enumerated() {
                guard alive[index], let command, round % command.everyNthRound == 0 else { continue }
                if let seconds = ChildProcess.timedRun(command.arguments, environment: command.environment) {
                    samples[index].append(seconds)
                } else {
                    alive[index] = false
                }
            }
        }
        return samples.indices.map { alive[$0] ? Statistics.median(samples[$0]) : nil }
    }
}
