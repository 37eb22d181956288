import TutorBasics

/// How the interactive session runs, as chosen on the command line.
public struct InteractiveOptions: Hashable, Sendable {
    /// The language of the interface (the course's lessons come in the same language).
    public var language: Language
    /// Classroom mode: no resume prompt or progress writes, larger spacing, big step counter, speaker notes.
    public var present: Bool
    /// Leave the mouse to the terminal so text can be selected and copied.
    public var noMouse: Bool
    public var colorMode: ColorMode
    /// Draw with ASCII only (the backend sets this when the locale is not UTF-8).
    public var asciiOnly: Bool

    public init(language: Language = .en, present: Bool = false, noMouse: Bool = false, colorMode: ColorMode = .auto,
                asciiOnly: Bool = false) {
        self.language = language
        self.present = present
        self.noMouse = noMouse
        self.colorMode = colorMode
        self.asciiOnly = asciiOnly
    }
}
