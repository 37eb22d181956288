import TutorBasics

/// What a demo pane needs to know to draw itself.
public struct DemoContext: Sendable {
    public var language: Language
    public var glyphs: Glyphs
    /// The terminal cannot show non-ASCII characters: draw with ASCII only.
    public var asciiOnly: Bool
    public var focused: Bool
    public var present: Bool

    public init(language: Language, glyphs: Glyphs, asciiOnly: Bool, focused: Bool, present: Bool) {
        self.language = language
        self.glyphs = glyphs
        self.asciiOnly = asciiOnly
        self.focused = focused
        self.present = present
    }
}
