/// Draws a whole screen for a model. A pure function of (model, size): the snapshot tests call it directly.
public enum Screen {
    public static func render(_ model: Model) -> Buffer {
        var buffer = Buffer(size: model.size)
        draw(model, into: &buffer)
        return buffer
    }

    public static func draw(_ model: Model, into buffer: inout Buffer) {
        guard let layout = model.layout else {
            TooSmallView.draw(model, into: &buffer)
            return
        }
        HeaderView.draw(model, area: layout.header, into: &buffer)
        let content = model.lessonContent
        LessonPaneView.draw(content, scroll: model.lessonScroll, area: layout.lessonText, into: &buffer)
        DemoPaneView.draw(model, layout: layout, into: &buffer)
        HintLineView.draw(model, content: content, layout: layout, into: &buffer)
        switch model.overlay {
        case .menu(let menu): MenuView.draw(model, menu: menu, into: &buffer)
        case .help(let scroll): HelpView.draw(model, scroll: scroll, into: &buffer)
        case .resume(let lesson, let step): ResumeView.draw(model, lessonIndex: lesson, step: step, into: &buffer)
        case .notes: NotesView.draw(model, into: &buffer)
        case nil: break
        }
    }
}
