import TutorBasics
import Yams

/// Checks that a translated course matches its reference course lesson for lesson: the same slugs, and in each
/// lesson the same demos, quizzes and challenges in the same steps (demo YAML equal except its title, quiz answers
/// at the same choice position, challenge YAML equal except its story, hints and explanation). A teacher who
/// switches language mid-class must find the same demo on the same step, and the same puzzle with the same answer.
public enum TranslationCheck {
    /// Problems are reported in the translation's files, except a lesson the translation lacks.
    public static func compare(_ reference: Course, with translation: Course) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let translated = Dictionary(translation.lessons.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let referenced = Set(reference.lessons.map(\.slug))
        for lesson in reference.lessons {
            guard let other = translated[lesson.slug] else {
                diagnostics.append(Diagnostic("lesson '\(lesson.slug)' has no \(translation.language.rawValue) version",
                                              at: start(of: lesson)))
                continue
            }
            diagnostics += compare(lesson, other)
        }
        for lesson in translation.lessons where !referenced.contains(lesson.slug) {
            diagnostics.append(Diagnostic("lesson '\(lesson.slug)' has no \(reference.language.rawValue) version",
                                          at: start(of: lesson)))
        }
        return diagnostics
    }

    static func compare(_ reference: Lesson, _ translation: Lesson) -> [Diagnostic] {
        guard !reference.isBroken, !translation.isBroken else { return [] }
        var diagnostics: [Diagnostic] = []
        let language = reference.language.rawValue
        if reference.steps.count != translation.steps.count {
            diagnostics.append(Diagnostic(
                "has \(translation.steps.count) steps but the \(language) lesson has \(reference.steps.count) (\(reference.path))",
                at: start(of: translation)))
        }
        for (index, (mine, theirs)) in zip(translation.steps, reference.steps).enumerated() {
            let step = "step \(index + 1)"
            if mine.demos.count != theirs.demos.count || mine.quizzes.count != theirs.quizzes.count {
                diagnostics.append(Diagnostic(
                    "\(step) has \(mine.demos.count) demo(s) and \(mine.quizzes.count) quiz(zes); the \(language) lesson's has "
                        + "\(theirs.demos.count) and \(theirs.quizzes.count)", at: mine.location))
                continue
            }
            if mine.challenges.count != theirs.challenges.count {
                diagnostics.append(Diagnostic(
                    "\(step) has \(mine.challenges.count) challenge(s); the \(language) lesson's has \(theirs.challenges.count)",
                    at: mine.location))
                continue
            }
            for (challenge, original) in zip(mine.challenges, theirs.challenges) where !sameChallenge(challenge, original) {
                diagnostics.append(Diagnostic(
                    "challenge differs from \(original.location) (only its story, hints and explain may change)",
                    at: challenge.location))
            }
            for (demo, original) in zip(mine.demos, theirs.demos) where !sameDemo(demo, original) {
                diagnostics.append(Diagnostic("demo differs from \(original.location) (only its title may change)",
                                              at: demo.location))
            }
            for (quiz, original) in zip(mine.quizzes, theirs.quizzes)
            where quiz.choices.count != original.choices.count || quiz.answer != original.answer {
                diagnostics.append(Diagnostic(
                    "quiz answer is choice \(quiz.answer + 1) of \(quiz.choices.count); at \(original.location) it is "
                        + "choice \(original.answer + 1) of \(original.choices.count)", at: quiz.location))
            }
        }
        return diagnostics
    }

    /// The same YAML once the title is taken out; comments, spacing and key spelling of values do not matter.
    static func sameDemo(_ a: DemoSpec, _ b: DemoSpec) -> Bool {
        untitled(a.source) == untitled(b.source)
    }

    /// The same YAML once the words the learner reads (story, hints, explain) are taken out: the goal, the threads,
    /// their Python `code:` and its line marks must match, so both languages have the same puzzle and solution.
    static func sameChallenge(_ a: ChallengeSpec, _ b: ChallengeSpec) -> Bool {
        let prose: Set = ["story", "hints", "explain"]
        return without(prose, a.source) == without(prose, b.source)
    }

    private static func untitled(_ yaml: String) -> Node.Mapping? {
        without(["title"], yaml)
    }

    /// The YAML's top-level mapping without `keys`; nil when it is not a mapping (the parser reports that).
    private static func without(_ keys: Set<String>, _ yaml: String) -> Node.Mapping? {
        guard var mapping = (try? Yams.compose(yaml: yaml, .basic, .default, .utf8))??.mapping else { return nil }
        for key in keys { mapping[key] = nil }
        return mapping
    }

    private static func start(of lesson: Lesson) -> SourceLocation {
        SourceLocation(path: lesson.path, line: 1, column: 1)
    }
}
