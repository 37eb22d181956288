import LessonKit

/// A ```python block from a lesson, with what its info string promises: it runs, it fails, or it is a fragment.
struct PythonExample: CustomStringConvertible, Sendable {
    enum Expectation: Sendable { case succeeds, fails, fragment }

    var lesson: String
    var step: Int
    var code: String
    var expectation: Expectation

    var description: String { "\(lesson) step \(step)" }

    /// Every python block of every step of `lesson`, including those nested in lists and quotes.
    static func all(in lesson: Lesson) -> [PythonExample] {
        lesson.steps.enumerated().flatMap { index, step in
            codeBlocks(in: step.blocks).compactMap { language, info, text -> PythonExample? in
                guard language == "python" else { return nil }
                let words = info.split(separator: " ").dropFirst()
                let expectation: Expectation =
                    words.contains("fragment") ? .fragment : words.contains("fails") ? .fails : .succeeds
                return PythonExample(lesson: lesson.path, step: index + 1, code: text, expectation: expectation)
            }
        }
    }

    private static func codeBlocks(in blocks: [Block]) -> [(String?, String, String)] {
        blocks.flatMap { block -> [(String?, String, String)] in
            switch block {
            case .code(let language, let info, let text): return [(language, info, text)]
            case .blockQuote(let inner): return codeBlocks(in: inner)
            case .list(let list): return list.items.flatMap { codeBlocks(in: $0.blocks) }
            default: return []
            }
        }
    }
}
