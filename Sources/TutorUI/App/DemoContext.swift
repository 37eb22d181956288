import TutorBasics

/// What a demo pane needs to know to draw itself.
public struct DemoContext: Sendable {
    public var language: Language
    public var glyphs: Glyphs
    public var focused: Bool
    public var present: Bool

    public init(language: Language, glyphs: Glyphs, focused: Bool, present: Bool) {
        self.language = language
        self.glyphs = glyphs
        self.focused = focused
        self.present = present
    }
}
