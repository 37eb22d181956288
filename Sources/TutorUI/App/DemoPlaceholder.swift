import LessonKit
import TextKernel
import TutorBasics

/// Stands in for the demo pane: says which demo belongs here and ignores demo keys.
public struct DemoPlaceholder: DemoPane {
    public var title: String
    public var isPlaying: Bool { false }
    public var isAsking: Bool { false }

    public init(title: String) { self.title = title }

    /// A placeholder for any step with a demo, titled from the demo's `title:` line when there is one.
    public static let factory: DemoFactory = { step, _, _ in
        guard let spec = step.demos.first else { return nil }
        return DemoPlaceholder(title: titleLine(of: spec.source) ?? "")
    }

    public mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply { DemoReply() }
    public mutating func advance(milliseconds: Int) {}

    public func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        let lines = TextWrapper.plainLines(context.language.catalog(.demoPlaceholder), width: area.width)
        for (row, line) in lines.enumerated() where row < area.height {
            buffer.write(line, x: area.x, y: area.y + row, style: Style(.muted, dim: true), clip: area)
        }
    }

    static func titleLine(of yaml: String) -> String? {
        for line in yaml.split(separator: "\n") where line.hasPrefix("title:") {
            return line.dropFirst("title:".count).trimmingCharacters(in: " \"'")
        }
        return nil
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
