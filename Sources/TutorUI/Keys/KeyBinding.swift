import TutorBasics

/// One row of the key table: the keys, what they do in words (a catalog phrase), and the action.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var context: KeyContext
    public var section: HelpSection
    /// What the keys do, as help says it in each language.
    public var help: Phrase
    public var action: KeyAction
    /// Number keys are listed once as "1–9" in help rather than nine times.
    public var helpKeysLabel: String?

    public init(_ keys: [Key], _ context: KeyContext, _ section: HelpSection, help: Phrase,
                _ action: KeyAction, label: String? = nil) {
        self.keys = keys
        self.context = context
        self.section = section
        self.help = help
        self.action = action
        helpKeysLabel = label
    }

    public func help(_ language: Language) -> String { language.catalog(help) }

    /// The keys as shown in help, e.g. "→ l n Enter".
    public func keysLabel(ascii: Bool) -> String {
        if let helpKeysLabel { return helpKeysLabel }
        return keys.map { ascii ? $0.asciiDescription : $0.description }.joined(separator: " ")
    }
}
