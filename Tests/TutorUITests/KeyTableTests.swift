import Testing
@testable import TutorUI

@Suite struct KeyTableTests {
    let table = KeyTable.standard

    @Test(arguments: KeyContext.allCases)
    func noKeyMeansTwoThingsInOneContext(_ context: KeyContext) {
        var seen: [Key: KeyAction] = [:]
        for binding in table.bindings(in: context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound twice in \(context)")
                seen[key] = binding.action
            }
        }
    }

    /// A Korean input method's jamo must not land on a key that is already bound to something else.
    @Test(arguments: KeyContext.allCases)
    func jamoNeverCollideWithBoundKeys(_ context: KeyContext) {
        let bound = Set(table.bindings(in: context).flatMap(\.keys))
        for jamo in HangulLayout.latinForJamo.keys { #expect(!bound.contains(.character(jamo))) }
    }

    /// The layered contexts take over only the keys they are meant to.
    @Test func questionsTakeOnlyDigitsAndEnterFromTheLesson() {
        let lesson = Set(table.bindings(in: .lesson).flatMap(\.keys))
        let shadowed = Set(table.bindings(in: .question).flatMap(\.keys)).intersection(lesson)
        let digits = (1...9).map { Key.character(Character(String($0))) }
        #expect(shadowed == Set(digits + [.enter]))
    }

    @Test func presenterTakesOnlyPageKeysFromTheLesson() {
        let lesson = Set(table.bindings(in: .lesson).flatMap(\.keys))
        let shadowed = Set(table.bindings(in: .presenter).flatMap(\.keys)).intersection(lesson)
        #expect(shadowed == [.pageUp, .pageDown])
    }

    @Test func jamoMapToTheSameActionsAsLatinKeys() {
        let pairs: [(Character, Character)] = [("ㅂ", "q"), ("ㅣ", "l"), ("ㅗ", "h"), ("ㅜ", "n"), ("ㅔ", "p"),
                                               ("ㅓ", "j"), ("ㅏ", "k"), ("ㅎ", "g"), ("ㅡ", "m")]
        for (jamo, latin) in pairs {
            let viaJamo = table.action(for: .character(jamo), in: [.lesson])
            #expect(viaJamo != nil)
            #expect(viaJamo == table.action(for: .character(latin), in: [.lesson]))
        }
    }

    @Test func everyBindingHasHelpInBothLanguages() {
        for binding in table.bindings {
            #expect(!binding.help(.en).isEmpty && !binding.help(.ko).isEmpty)
            #expect(binding.help(.en) != binding.help(.ko))
        }
    }

    @Test func contextsAreSearchedMostSpecificFirst() {
        #expect(table.action(for: .character("2"), in: [.question, .lesson]) == .answer(2))
        #expect(table.action(for: .character("2"), in: [.lesson]) == .demo(.selectThread(2)))
        #expect(table.action(for: .pageDown, in: [.presenter, .lesson]) == .nextStep)
        #expect(table.action(for: .pageDown, in: [.lesson]) == .pageDown)
    }
}
