import LessonKit

/// A Python block of the step that `x` can run under the tracer, with where it sits in the lesson pane's lines.
/// Runnable means what the curriculum tests run (docs/lesson-format.md): a top-level fenced ```python block
/// that is not marked `fragment` (a `python fails` block runs too: its traceback is the lesson). Blocks nested
/// in lists or quotes are not offered: the line under the block is how the learner sees it can run.
public struct RunnableExample: Hashable, Sendable {
    /// 1-based, in the step's order.
    public var number: Int
    public var source: String
    /// The block's lines and, last, the hint line under it ("x: run this example…").
    public var lines: Range<Int>
    public var hintLine: Int { lines.upperBound - 1 }

    public init(number: Int, source: String, lines: Range<Int>) {
        self.number = number
        self.source = source
        self.lines = lines
    }

    /// The source of `block` when it is a runnable Python example.
    public static func source(of block: Block) -> String? {
        guard case .code(let language, let info, let text) = block, language == "python" else { return nil }
        let words = info.split(separator: " ").dropFirst()
        return words.contains("fragment") ? nil : text
    }
}

extension LessonContent {
    /// The example `x` runs when the pane shows `rows` lines from `scroll`: the first one any of whose lines
    /// (its hint included) is on screen.
    public func example(visibleFrom scroll: Int, rows: Int) -> RunnableExample? {
        let visible = scroll..<(scroll + max(1, rows))
        return examples.first { $0.lines.overlaps(visible) }
    }
}
