import Foundation
import LessonKit
import ProgressStore
import TutorBasics
import TutorUI

/// What `threadtutor challenges` prints: every challenge of the course in teaching order, its goal in words
/// and whether the learner solved it (in how many moves), as text or as JSON for tools.
enum ChallengeListing {
    struct Entry: Encodable, Equatable {
        /// The lesson as `list` numbers it ("2.1") and its slug and title.
        var number: String
        var lesson: String
        var title: String
        /// The challenge's number in its lesson, from 1.
        var challenge: Int
        /// The goal in the course language; nil when the challenge is broken.
        var goal: String?
        var solved: Bool
        /// The fewest moves of any solve; nil while unsolved.
        var moves: Int?
        /// The goal as a phrase, for the text listing (not in the JSON).
        var goalPhrase: Phrase?

        enum CodingKeys: String, CodingKey { case number, lesson, title, challenge, goal, solved, moves }

        /// Writes every key, null included, so a tool need not guess what a missing key means.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)
            try container.encode(lesson, forKey: .lesson)
            try container.encode(title, forKey: .title)
            try container.encode(challenge, forKey: .challenge)
            try container.encode(goal, forKey: .goal)
            try container.encode(solved, forKey: .solved)
            try container.encode(moves, forKey: .moves)
        }
    }

    static func entries(_ course: Course, progress: LearnerProgress) -> [Entry] {
        var result: [Entry] = []
        for chapter in course.chapters {
            for (index, lesson) in chapter.lessons.enumerated() {
                let challenges = lesson.steps.flatMap(\.challenges)
                for (offset, challenge) in challenges.enumerated() {
                    let number = offset + 1
                    let saved = progress.challenge(lesson: lesson.slug, number: number)
                    let solved = saved?.solved == true
                    result.append(Entry(number: "\(chapter.number).\(index + 1)", lesson: lesson.slug, title: lesson.title,
                                        challenge: number,
                                        goal: challenge.goal.map { course.language.catalog($0.phrase) },
                                        solved: solved, moves: solved ? saved?.bestMoves : nil,
                                        goalPhrase: challenge.goal?.phrase))
                }
            }
        }
        return result
    }

    /// One line per challenge with its result, its goal indented below, and a count at the end.
    static func text(_ entries: [Entry], language: Language) -> String {
        let say = language.catalog
        guard !entries.isEmpty else { return say(.challengesNone) + "\n" }
        var out = ""
        for entry in entries {
            let result: String = if entry.goal == nil {
                say(.challengeResultBroken)
            } else if entry.solved, let moves = entry.moves {
                say(.challengeResultSolved(moves: moves))
            } else {
                say(.challengeResultOpen)
            }
            out += "\(entry.number)  \(entry.lesson)  \(say(.challengeInLesson(number: entry.challenge))): \(result)\n"
            if let goal = entry.goalPhrase { out += "     " + say(.challengeGoalLine(goal: goal)) + "\n" }
        }
        let solved = entries.filter(\.solved).count
        out += "\n" + say(.challengesSummary(solved: solved, total: entries.count)) + "\n"
        return out
    }

    static func json(_ entries: [Entry]) -> String {
        struct Document: Encodable {
            var challenges: [Entry]
            var solved: Int
            var total: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(challenges: entries, solved: entries.filter(\.solved).count, total: entries.count)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
