import ThreadModel
import TutorBasics

/// `threadtutor check`'s search over each challenge: a goal no schedule reaches (within the bound) is a problem,
/// since the learner could never solve it; a goal every schedule reaches is a warning, since there is nothing to
/// solve; and the shortest solution's length is a note for the author. Challenges that did not parse are already
/// problems of their lesson and are skipped here.
public enum ChallengeCheck {
    public static func report(in courses: [Course], bound: Int = ChallengeSolver.defaultBound) -> ChallengeCheckReport {
        var report = ChallengeCheckReport()
        for challenge in courses.flatMap(\.lessons).flatMap(\.steps).flatMap(\.challenges) {
            check(challenge, bound: bound, into: &report)
        }
        return report
    }

    public static func check(_ challenge: ChallengeSpec, bound: Int = ChallengeSolver.defaultBound,
                             into report: inout ChallengeCheckReport) {
        guard let engine = challenge.engine, let goal = challenge.goal else { return }
        // The engine has no rules for pools: their ops would pass doing nothing, which teaches nothing.
        if !engine.program.pools.isEmpty {
            report.problems.append(Diagnostic("challenges do not support pools", at: challenge.location))
            return
        }
        let solution = ChallengeSolver.solve(engine, goal: goal, bound: bound)
        guard let shortest = solution.shortest else {
            let why = solution.boundHit ? "within \(bound) states (the search stopped there)" : "by any schedule"
            report.problems.append(Diagnostic("challenge goal is not reachable \(why)", at: challenge.location))
            return
        }
        if solution.forced {
            report.warnings.append(Diagnostic(
                "warning: challenge goal is reached without any choice: every schedule gets there", at: challenge.location))
        }
        let names = shortest.map { engine.program.threads[$0.rawValue].name }.joined(separator: " ")
        report.notes.append(Diagnostic("note: challenge solved in \(shortest.count) moves: \(names)", at: challenge.location))
    }
}
