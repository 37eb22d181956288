import Foundation
import LessonKit
import TextRender
import TutorBasics

/// `threadtutor show` of every shipped lesson (Lessons/en and Lessons/ko) and of a generated 50 KB blog post, as a
/// table of milliseconds per lesson. The target is on the whole process, spawn to exit (what a learner waits for);
/// beside it, the same lesson in process (load, parse, lay out, write text), so the row says how much is the
/// lesson and how much is starting a process.
enum ShowFigures {
    static let all: [BenchFigure] = [lessons]

    /// The budget per lesson, end to end.
    static let budget = 0.005

    /// One lesson to show: where it is, and the name of its row.
    struct Entry: Sendable {
        var name: String
        var folder: String
        var language: Language
        var slug: String
        var bytes: Int

        func command(_ binary: String) -> [String] {
            [binary, "show", "--lessons", folder, "--lang", language.rawValue, "--width", "100", "--color", "never",
             slug]
        }
    }

    /// Every lesson of Lessons/en and Lessons/ko (run from the package root), then the blog post in `blogFolder`.
    static func entries(blogFolder: String) throws -> [Entry] {
        var entries: [Entry] = []
        for language in [Language.en, .ko] {
            let course = CourseLoader.load("Lessons", language: language)
            for lesson in course.lessons {
                let file = URL(fileURLWithPath: lesson.path).deletingPathExtension().lastPathComponent
                entries.append(Entry(name: "\(language.rawValue)/\(file)", folder: "Lessons", language: language,
                                     slug: lesson.slug, bytes: fileSize(lesson.path)))
            }
        }
        guard entries.count > 2 else { throw Unmeasurable("no lessons in Lessons/en and Lessons/ko (run from the package root)") }
        let blog = CourseLoader.load(blogFolder, language: .en)
        guard let post = blog.lessons.first, post.slug == GeneratedCourse.blogSlug else {
            throw Unmeasurable("the generated blog post did not load")
        }
        // A post the loader reports problems in would be measured on its error path.
        guard post.diagnostics.isEmpty else {
            throw Unmeasurable("the generated blog post has problems: \(post.diagnostics.map(\.description).joined(separator: "; "))")
        }
        entries.append(Entry(name: "blog post (generated)", folder: blogFolder, language: .en, slug: post.slug,
                             bytes: fileSize(post.path)))
        return entries
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Median wall seconds of `show` for every entry and every binary, and of `binary --version` (the bare
    /// process), all in interleaved rounds. Result: [binary][entry], and the bare process per binary.
    static func endToEnd(_ entries: [Entry], binaries: [String], rounds: Int,
                         home: String) -> (show: [[Double?]], bare: [Double?]) {
        let environment = AppBinary.environment(home: home)
        var commands: [InterleavedRuns.Command] = []
        for binary in binaries {
            commands.append(InterleavedRuns.Command([binary, "--version"], environment: environment))
            commands += entries.map { InterleavedRuns.Command($0.command(binary), environment: environment) }
        }
        let medians = InterleavedRuns.medians(commands, rounds: rounds)
        let stride = entries.count + 1
        let show = binaries.indices.map { Array(medians[($0 * stride + 1)..<($0 * stride + stride)]) }
        return (show, binaries.indices.map { medians[$0 * stride] })
    }

    /// The lesson in this process: load its course (front matter), parse the body, lay out every step at 100
    /// columns, write the lines as text without colour. What `show` does, less its demo diagrams and the process.
    static func inProcessSeconds(_ entry: Entry) -> Double? {
        let (bytes, seconds) = Measure.seconds { () -> Int? in
            let course = CourseLoader.load(entry.folder, language: entry.language)
            guard let lesson = course.lessons.first(where: { $0.slug == entry.slug }) else { return nil }
            let renderer = AnsiRenderer(color: .never)
            return lesson.steps.reduce(0) { $0 + renderer.render(DocumentRenderer.render($1.blocks, width: 100)).utf8.count }
        }
        return bytes == nil ? nil : seconds
    }

    static let lessons = BenchFigure(
        name: "`show`, every shipped lesson + 50 KB blog post", target: "none over 5 ms (end to end)"
    ) { smoke in
        let binary = try AppBinary.require()
        let (blogFolder, blogSize) = try GeneratedCourse.blogPost()
        defer { try? FileManager.default.removeItem(atPath: blogFolder) }
        let home = try GeneratedCourse.temporaryFolder("show-home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        // The smoke run only checks that the figure can be measured: one lesson of each language and the post.
        let every = try entries(blogFolder: blogFolder)
        let entries = smoke ? every.filter { $0.slug == every[0].slug || $0.slug == GeneratedCourse.blogSlug } : every
        let rounds = smoke ? 1 : 11
        let (show, bare) = endToEnd(entries, binaries: [binary], rounds: rounds, home: home)
        var details: [BenchFigure.Detail] = []
        var slowest: (name: String, seconds: Double)?
        for (entry, median) in zip(entries, show[0]) {
            guard let median else { throw Unmeasurable("`threadtutor show \(entry.slug)` (\(entry.name)) failed") }
            let inProcess = Statistics.median((0..<(smoke ? 1 : 5)).compactMap { _ in inProcessSeconds(entry) })
            let text = "\(Measure.format(seconds: median)) end to end; in process "
                + (inProcess.map { Measure.format(seconds: $0) } ?? "failed") + " (\(Measure.rounded(Double(entry.bytes) / 1_000, 1)) KB)"
            details.append(BenchFigure.Detail(name: entry.name, result: text, met: smoke || median <= budget))
            if median > (slowest?.seconds ?? -1) { slowest = (entry.name, median) }
        }
        let result = "slowest \(Measure.format(seconds: slowest?.seconds ?? 0)) (\(slowest?.name ?? "")); bare process "
            + "(`threadtutor --version`) \(bare[0].map { Measure.format(seconds: $0) } ?? "failed"); \(entries.count) lessons "
            + "(blog post \(Measure.rounded(Double(blogSize) / 1_000, 1)) KB), medians of \(rounds) interleaved rounds"
        return BenchFigure.Measured(result: result, met: smoke || (slowest?.seconds ?? 0) <= budget, details: details)
    }
}
