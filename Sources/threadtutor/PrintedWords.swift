import TutorBasics

/// The few words printed lesson text adds around the lesson's own, in the lesson's language.
struct PrintedWords {
    var language: Language

    func chapter(_ number: Int) -> String {
        language == .ko ? "\(number)장" : "Chapter \(number)"
    }

    func step(_ index: Int, of count: Int) -> String {
        language == .ko ? "단계 \(index)/\(count)" : "step \(index)/\(count)"
    }

    var question: String { language == .ko ? "문제: " : "Question: " }
    var answer: String { language == .ko ? "정답: " : "Answer: " }
}
