import Foundation
import Testing
@testable import TutorBasics

/// The catalogs' own contract. A phrase missing from a catalog does not compile (each catalog is an exhaustive
/// switch); these tests check what the compiler cannot: that the text is there, says the names it is given,
/// and is in the right script.
@Suite struct CatalogTests {
    /// The case names declared in Phrase.swift, read from its source (one `case` per line).
    private static func declaredCases() throws -> Set<String> {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TutorBasics/Catalog/Phrase.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") {
            var trimmed = line.drop { $0 == " " }
            // A phrase that carries another phrase is declared `indirect case`.
            if trimmed.hasPrefix("indirect ") { trimmed = trimmed.dropFirst("indirect ".count) }
            guard trimmed.hasPrefix("case ") else { continue }
            names.insert(String(trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
        }
        return names
    }

    /// "reasonGotLock" for `.reasonGotLock(lock: "L")`.
    private static func caseName(_ phrase: Phrase) -> String {
        String(String(describing: phrase).prefix { $0 != "(" })
    }

    /// The strings and numbers a phrase carries, in order; a list of names counts as each of its names.
    private static func values(_ phrase: Phrase) -> [String] {
        guard let payload = Mirror(reflecting: phrase).children.first?.value else { return [] }
        let parts = payload is [String] ? [payload] : Mirror(reflecting: payload).children.map(\.value)
        return (parts.isEmpty ? [payload] : parts).flatMap { value in
            // A phrase inside a phrase is checked by its own values, as it is written out inside the text.
            (value as? [String]) ?? (value as? Phrase).map(values) ?? ["\(value)"]
        }
    }

    private static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }

    @Test func samplesCoverEveryCaseOnce() throws {
        let declared = try Self.declaredCases()
        let sampled = PhraseSamples.all.map(Self.caseName)
        #expect(declared.count > 100)
        #expect(declared.subtracting(sampled).sorted() == [], "phrases with no sample in PhraseSamples")
        #expect(Set(sampled).subtracting(declared).sorted() == [], "samples of phrases Phrase.swift does not declare")
        #expect(sampled.count == Set(sampled).count)
    }

    /// The value check below is only as good as the values it finds.
    @Test func valuesAreFoundInEveryShapeOfPhrase() {
        #expect(Self.values(.hintNext) == [])
        #expect(Self.values(.chapter(3)) == ["3"])
        #expect(Self.values(.nowIn(lesson: "GIL")) == ["GIL"])
        #expect(Self.values(.step(2, of: 5)) == ["2", "5"])
        #expect(Self.values(.reasonWaitingForLock(lock: "L", holder: "A")) == ["L", "A"])
        #expect(Self.values(.unknownLesson(name: "x", suggestions: ["a", "b"])) == ["x", "a", "b"])
        #expect(Self.values(.unknownLesson(name: "x", suggestions: [])) == ["x"])
        #expect(Self.values(.challengeThreadBlocked(thread: "B", reason: .reasonWaitingForLock(lock: "L", holder: "A")))
            == ["B", "L", "A"])
    }

    @Test(arguments: Language.allCases)
    func everyPhraseHasTextThatNamesItsValues(language: Language) {
        for phrase in PhraseSamples.all {
            let text = language.catalog(phrase)
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(phrase)")
            for value in Self.values(phrase) {
                #expect(text.contains(value), "\(language) \(phrase): \(text)")
            }
        }
    }

    @Test func englishHasNoHangulAndKoreanHasSome() {
        var koreanWithHangul = 0
        for phrase in PhraseSamples.all {
            #expect(!Self.hasHangul(Catalog(.en)(phrase)), "\(phrase)")
            if Self.hasHangul(Catalog(.ko)(phrase)) { koreanWithHangul += 1 }
        }
        // A Korean phrase with no Korean word in it would be an English copy left untranslated.
        #expect(koreanWithHangul == PhraseSamples.all.count)
    }

    @Test func koreanNamesTakeTheirParticle() {
        #expect(Catalog(.ko)(.reasonWaitingForLock(lock: "L", holder: "A")) == "락 L을 기다림 (A가 보유 중)")
        #expect(Catalog(.ko)(.reasonGotLock(lock: "lock")) == "락 lock을 얻음")
        #expect(Catalog(.ko)(.reasonPoolClosing(pool: "worker")) == "풀 worker가 종료하는 중")
        #expect(Catalog(.ko)(.reasonGotTask(task: "2")) == "작업 2를 받음")
    }

    @Test(arguments: [
        ("L", "L을", "L이"), ("A", "A를", "A가"), ("worker", "worker를", "worker가"), ("lock", "lock을", "lock이"),
        ("작업3", "작업3을", "작업3이"), ("1", "1을", "1이"), ("2", "2를", "2가"), ("작업", "작업을", "작업이"),
        ("스레드", "스레드를", "스레드가"),
    ])
    func particles(name: String, object: String, subject: String) {
        #expect(KoreanParticle.object(name) == object)
        #expect(KoreanParticle.subject(name) == subject)
    }
}
