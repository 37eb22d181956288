import TutorBasics

/// The few words printed lesson text adds around the lesson's own, in the lesson's language.
struct PrintedWords {
    var language: Language

    func chapter(_ number: Int) -> String {
        language.catalog(.chapter(number))
    }

    func step(_ index: Int, of count: Int) -> String {
        language.catalog(.printedStep(index, of: count))
    }

    var question: String { language.catalog(.questionLabel) }
    var answer: String { language.catalog(.answerLabel) }
}
