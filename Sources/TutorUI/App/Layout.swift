/// Where everything goes on a screen of a given size. Pure arithmetic, recomputed on every draw, so a
/// resize at any moment relayouts at once (the lesson text itself is laid out once per step and width, in the
/// model's `LessonTextCache`).
public struct Layout: Hashable, Sendable {
    /// The top row(s): lesson title and step counter (taller in presenter mode, for the big counter).
    public var header: Rect
    /// Where lesson text is drawn (margins already taken off).
    public var lessonText: Rect
    /// The whole lesson pane, margins included.
    public var lessonPane: Rect
    /// The demo pane's title row and body, when the step has a demo.
    public var demoHeader: Rect?
    public var demoBody: Rect?
    /// The column between the panes when they sit side by side.
    public var divider: Rect?
    /// The bottom row: key hints or a status message.
    public var hintLine: Rect
    public var sideBySide: Bool

    /// The layout, or nil when the screen is smaller than `Model.minimumSize`. `lessonLines` says how many
    /// lines the lesson needs at a width; when stacked, a short lesson gives its spare rows to the demo.
    public static func make(size: Size, hasDemo: Bool, present: Bool,
                            lessonLines: ((Int) -> Int)? = nil) -> Layout? {
        guard size.width >= Model.minimumSize.width, size.height >= Model.minimumSize.height else { return nil }
        let screen = Rect(size: size)
        let headerRows = present && size.height >= 20 ? 4 : 1
        let (header, rest) = screen.splitTop(headerRows)
        let (body, hint) = rest.splitBottom(1)
        let margin = present ? 4 : 1
        guard hasDemo else {
            return Layout(header: header, lessonText: body.inset(left: margin, right: margin), lessonPane: body,
                          hintLine: hint, sideBySide: false)
        }
        if size.width >= sideBySideWidth {
            let lessonWidth = body.width * (present ? 45 : 55) / 100
            let (lesson, others) = body.splitLeft(lessonWidth)
            let (divider, demo) = others.splitLeft(1)
            let (demoHeader, demoBody) = demo.splitTop(1)
            return Layout(header: header, lessonText: lesson.inset(left: margin, right: margin), lessonPane: lesson,
                          demoHeader: demoHeader, demoBody: demoBody.inset(left: 1), divider: divider, hintLine: hint,
                          sideBySide: true)
        }
        let standardRows = max(4, body.height * (present ? 55 : 40) / 100)
        let spareRows = lessonLines.map { body.height - max(3, $0(body.width - 2 * margin)) } ?? 0
        let demoRows = min(max(standardRows, spareRows), body.height - 3)
        let (lesson, demo) = body.splitBottom(demoRows)
        let (demoHeader, demoBody) = demo.splitTop(1)
        return Layout(header: header, lessonText: lesson.inset(left: margin, right: margin), lessonPane: lesson,
                      demoHeader: demoHeader, demoBody: demoBody.inset(left: 1, right: 1), hintLine: hint,
                      sideBySide: false)
    }

    private static var sideBySideWidth: Int { Model.sideBySideWidth }
}

extension Model {
    /// The layout for the current size and step. The lesson's length comes from the model's laid-out text,
    /// whose width is the one asked for here.
    public var layout: Layout? {
        Layout.make(size: size, hasDemo: demo != nil, present: options.present) { width in
            (width == lessonTextKey.width ? lessonContent : LessonContent(model: self, width: width)).lines.count
        }
    }
}
