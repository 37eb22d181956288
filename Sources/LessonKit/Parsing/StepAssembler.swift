import TutorBasics

/// Groups a body's top-level nodes into steps: a thematic break ends a step; demo and quiz fences become specs
/// of their step; `<!-- notes … -->` comments become its speaker notes.
struct StepAssembler {
    let path: String
    /// Lines before the body in the file.
    let lineOffset: Int
    private(set) var steps: [Step] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var current: Step?

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func location(_ position: BodyPosition) -> SourceLocation {
        SourceLocation(path: path, line: lineOffset + position.line, column: position.column)
    }

    mutating func add(_ node: MarkdownNode) {
        switch node.kind {
        case .thematicBreak:
            finishStep()
        case .htmlComment(let literal):
            if let notes = Self.notesText(literal) {
                let blocks = CmarkParser.parse(notes).nodes.compactMap { node -> Block? in
                    if case .block(let block) = node.kind { return block }
                    return node.kind == .thematicBreak ? .thematicBreak : nil
                }
                editStep(at: node.position) { $0.notes += blocks }
            }
        case .block(.code(let language, _, let text)) where language == "demo":
            let (demo, problems) = DemoParser.parse(fenceYAML(text, at: node.position, what: "demo"))
            editStep(at: node.position) { $0.demos.append(demo) }
            diagnostics += problems
        case .block(.code(let language, _, let text)) where language == "challenge":
            let (challenge, problems) = ChallengeParser.parse(fenceYAML(text, at: node.position, what: "challenge"))
            editStep(at: node.position) { $0.challenges.append(challenge) }
            diagnostics += problems
        case .block(.code(let language, _, let text)) where language == "quiz":
            let (quiz, problems) = QuizParser.parse(fenceYAML(text, at: node.position, what: "quiz"))
            editStep(at: node.position) { step in quiz.map { step.quizzes.append($0) } }
            diagnostics += problems
        case .block(let block):
            editStep(at: node.position) { $0.blocks.append(block) }
        }
    }

    /// All steps, the last one included.
    mutating func finish() -> [Step] {
        finishStep()
        return steps
    }

    private mutating func finishStep() {
        if let current { steps.append(current) }
        current = nil
    }

    /// Changes the step being filled, opening it at `position` when there is none yet.
    /// Changes the step in place: a copy taken out of `current` would copy its arrays on every block added.
    private mutating func editStep(at position: BodyPosition, _ change: (inout Step) -> Void) {
        if current == nil { current = Step(blocks: [], location: location(position)) }
        change(&current!)
    }

    /// The fence's content starts on the line after the fence, shifted right by the fence's indent.
    private func fenceYAML(_ text: String, at position: BodyPosition, what: String) -> EmbeddedYAML {
        EmbeddedYAML(text: text, origin: location(BodyPosition(line: position.line + 1, column: position.column)),
                     what: what)
    }

    /// The Markdown inside `<!-- notes … -->`, or nil for any other comment (such as Jekyll's `<!--more-->`).
    static func notesText(_ literal: String) -> String? {
        guard let open = literal.firstRange(of: "<!--") else { return nil }
        let inside = literal[open.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard inside.lowercased().hasPrefix("notes") else { return nil }
        let afterWord = inside.dropFirst("notes".count)
        guard afterWord.first.map({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == ":" || $0 == "-" }) ?? true else {
            return nil
        }
        let end = afterWord.firstRange(of: "-->")?.lowerBound ?? afterWord.endIndex
        var text = afterWord[..<end]
        if text.hasPrefix(":") { text = text.dropFirst() }
        return String(text)
    }
}
