import TutorBasics

/// Turns one lesson file into a `Lesson`. Never fails: every problem becomes a diagnostic on the lesson,
/// which is then "broken" but still listed, so one bad file never takes the course down.
public enum LessonParser {
    /// Parses a file's bytes; text that is not UTF-8 gives a broken lesson named after the file.
    public static func parse(bytes: [UInt8], path: String, language: Language) -> Lesson {
        switch SourceText.decode(bytes, path: path) {
        case .success(let text):
            return parse(text, path: path, language: language)
        case .failure(let diagnostic):
            let name = LessonFileName(fileName(of: path))
            return Lesson(slug: name.slug, title: humanized(name.slug), chapter: name.chapter ?? 0,
                          order: name.order ?? 0, summary: "", path: path, language: language, steps: [],
                          diagnostics: [diagnostic])
        }
    }

    /// Parses a lesson's text; `path` is used for diagnostics and for defaults taken from the file name.
    /// The front matter is read now; the body when the lesson's steps or diagnostics are first asked for,
    /// unless the title has to come from the body's first heading.
    public static func parse(_ text: String, path: String, language: Language) -> Lesson {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // One line end everywhere: Swift sees "\r\n" as one Character, which would hide it from line splitting.
        if text.utf8.contains(UInt8(ascii: "\r")) { text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n") }
        let split = FrontMatterSplit(text, path: path)
        var headDiagnostics = split.diagnostics
        var matter = FrontMatter()
        if let yaml = split.yaml {
            let origin = SourceLocation(path: path, line: 2, column: 1)
            let (decoded, problems) = FrontMatter.decode(EmbeddedYAML(text: yaml, origin: origin, what: "front matter"))
            matter = decoded
            headDiagnostics += problems
        }

        let name = LessonFileName(fileName(of: path))
        let slug = matter.slug ?? name.slug
        let body = LessonBody { [headDiagnostics] in
            var content = parseBody(split.body, path: path, lineOffset: split.bodyLineOffset)
            content.diagnostics = (headDiagnostics + content.diagnostics)
                .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            return content
        }
        let title = matter.title.flatMap { $0.isEmpty ? nil : $0 }
            ?? firstHeading(in: body.content.steps) ?? humanized(slug)
        var lesson = Lesson(slug: slug, title: title, chapter: matter.chapter ?? name.chapter ?? 0,
                            order: matter.order ?? name.order ?? 0, summary: matter.summary ?? "",
                            path: path, language: language, steps: [])
        lesson.body = body
        lesson.slugLocation = matter.slugLocation
        return lesson
    }

    /// The steps of a lesson body (the text after the front matter, which starts `lineOffset` lines into the
    /// file) and the problems found in them.
    static func parseBody(_ body: String, path: String, lineOffset: Int) -> LessonBody.Content {
        let markdown = CmarkParser.parse(BlogMarkup.rewritingHighlightTags(body))
        var assembler = StepAssembler(path: path, lineOffset: lineOffset)
        markdown.nodes.forEach { assembler.add($0) }
        let steps = assembler.finish()
        var diagnostics = assembler.diagnostics
        diagnostics += markdown.unclosedFences.map {
            Diagnostic("code fence is never closed; end it with a line of ``` (cmark would swallow the rest of the file)",
                       at: assembler.location($0))
        }
        diagnostics += markdown.nestedSpecFences.map {
            Diagnostic("a ```\($0.language) block inside a list or quote is shown as code; move it to the top level",
                       at: assembler.location($0.position))
        }
        if steps.isEmpty {
            diagnostics.append(Diagnostic("lesson has no content",
                                          at: SourceLocation(path: path, line: lineOffset + 1, column: 1)))
        }
        return LessonBody.Content(steps: steps, diagnostics: diagnostics)
    }

    static func firstHeading(in steps: [Step]) -> String? {
        for step in steps {
            for case .heading(_, let content) in step.blocks {
                let title = InlineCleanup.plainText(content).trimmingSpaces
                if !title.isEmpty { return title }
            }
        }
        return nil
    }

    /// `thread-pools` → "Thread pools": a readable title for a lesson that has none.
    static func humanized(_ slug: String) -> String {
        let words = String(slug.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
