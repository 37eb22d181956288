import TutorBasics
import Yams

/// Reads a ```quiz fence: question, choices, the answer written out as one of the choices, explain.
enum QuizParser {
    static let keys: Set<String> = ["question", "choices", "answer", "explain"]

    static func parse(_ yaml: EmbeddedYAML) -> (QuizSpec?, [Diagnostic]) {
        let mapping: Node.Mapping
        switch yaml.composeMapping() {
        case .success(let value): mapping = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var reader = YAMLMappingReader(mapping: mapping, yaml: yaml)
        reader.rejectUnknownKeys(keys)
        let question = reader.string("question")?.trimmingSpaces
        let choices = reader.strings("choices")?.map(\.trimmingSpaces)
        let answer = reader.string("answer")?.trimmingSpaces
        let explanation = reader.string("explain")?.trimmingSpaces ?? ""
        if reader.node("question") == nil {
            reader.report("quiz has no 'question'", at: "question")
        } else if question?.isEmpty == true {
            reader.report("quiz question is empty", at: "question")
        }
        if reader.node("choices") == nil {
            reader.report("quiz has no 'choices'", at: "choices")
        } else if let choices, choices.count < 2 {
            reader.report("a quiz needs at least two choices", at: "choices")
        } else if let choices, Set(choices).count != choices.count {
            reader.report("quiz choices must differ from each other", at: "choices")
        }
        if reader.node("answer") == nil {
            reader.report("quiz has no 'answer'", at: "answer")
        }
        var answerIndex: Int?
        if let answer, let choices {
            answerIndex = choices.firstIndex(of: answer)
            if answerIndex == nil {
                let listed = choices.map { "'\($0)'" }.joined(separator: ", ")
                reader.report("quiz answer '\(answer)' is not one of the choices (\(listed))", at: "answer")
            }
        }
        guard reader.diagnostics.isEmpty, let question, let choices, let answerIndex else {
            return (nil, reader.diagnostics)
        }
        return (QuizSpec(question: question, choices: choices, answer: answerIndex, explanation: explanation,
                         location: yaml.origin), [])
    }
}
