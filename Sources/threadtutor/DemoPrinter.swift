import LessonKit
import TextKernel
import TextRender

/// A demo inside printed lesson text: its scenario source, until the engine's text timeline is wired in.
enum DemoPrinter {
    static func lines(for demo: DemoSpec, width: Int) -> [StyledLine] {
        DocumentRenderer.render([.code(language: "yaml", info: "demo", text: demo.source)], width: width)
    }
}
