import TextKernel

/// The frame every overlay shares: a cleared box with a title in the top border and a footer in the bottom.
enum OverlayFrame {
    /// Draws the frame and returns the inside area.
    static func draw(_ rect: Rect, title: String, footer: String, into buffer: inout Buffer) -> Rect {
        buffer.fill(rect)
        buffer.box(rect, style: Style(.accent))
        let titleClip = rect.inset(left: 2, right: 2)
        buffer.write(" " + title + " ", x: rect.x + 2, y: rect.y, style: Style(.accent, bold: true), clip: titleClip)
        if !footer.isEmpty {
            buffer.write(" " + footer + " ", x: rect.x + 2, y: rect.maxY - 1, style: Style(.muted), clip: titleClip)
        }
        return rect.inset(left: 2, top: 1, right: 2, bottom: 1)
    }

    /// A box of about the given size inside the screen, leaving a margin so the lesson shows around it.
    static func box(_ size: Size, width: Int, height: Int) -> Rect {
        Rect(size: size).inset(left: 1, top: 1, right: 1, bottom: 1).centered(width: width, height: height)
    }
}
