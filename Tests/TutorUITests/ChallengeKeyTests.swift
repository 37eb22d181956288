import Testing
@testable import TutorUI

/// The challenge key context: what it shadows, and the table as help reads it while a challenge is shown.
@Suite struct ChallengeKeyTests {
    let table = KeyTable.standard

    @Test func theChallengeTakesOnlyDigitsRAndHFromTheLesson() {
        let lesson = Set(table.bindings(in: .lesson).flatMap(\.keys))
        let challenge = Set(table.bindings(in: .challenge).flatMap(\.keys))
        let digits = (1...9).map { Key.character(Character(String($0))) }
        #expect(challenge.intersection(lesson) == Set(digits + [.character("r"), .character("h")]))
        #expect(challenge.subtracting(lesson) == [.character("u")])
    }

    @Test func lookupsGiveTheChallengeActionsFirst() {
        #expect(table.action(for: .character("3"), in: [.challenge, .lesson]) == .challenge(.run(3)))
        #expect(table.action(for: .character("h"), in: [.challenge, .lesson]) == .challenge(.hint))
        #expect(table.action(for: .character("u"), in: [.challenge, .lesson]) == .challenge(.undo))
        #expect(table.action(for: .character("r"), in: [.challenge, .lesson]) == .challenge(.restart))
        #expect(table.action(for: .character("p"), in: [.challenge, .lesson]) == .previousStep)
        #expect(table.action(for: .left, in: [.challenge, .lesson]) == .previousStep)
    }

    /// The table as it reads during a challenge lists the challenge keys with the lesson's, minus what they
    /// shadow, and still means the same for every key.
    @Test func theTableDuringAChallengeSaysWhatTheKeysDo() {
        let shown = table.withChallengeKeys
        let lesson = shown.bindings(in: .lesson)
        var seen: Set<Key> = []
        for binding in lesson {
            for key in binding.keys {
                #expect(!seen.contains(key), "\(key) twice")
                seen.insert(key)
                #expect(shown.action(for: key, in: [.lesson]) == table.action(for: key, in: [.challenge, .lesson]))
            }
        }
        #expect(lesson.first { $0.action == .previousStep }?.keys == [.left, .character("p")])
        #expect(lesson.contains { $0.section == .challenge && $0.help == .keyChallengeUndo })
    }
}
