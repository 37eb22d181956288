/// The words of one language: `catalog(.hintNext)`. Everything user-visible goes through here, so adding a
/// language is a new catalog file, a case in `Language`, and one line in the switch below.
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The phrase in this catalog's language.
    public func callAsFunction(_ phrase: Phrase) -> String {
        switch language {
        case .en: English.text(phrase)
        case .ko: Korean.text(phrase)
        }
    }
}

extension Language {
    /// This language's catalog: `language.catalog(.step(2, of: 5))`.
    public var catalog: Catalog { Catalog(self) }
}

extension [String] {
    /// 'a' or 'b': names quoted as the learner typed them, joined with the catalog's own word.
    func quoted(joinedBy separator: String) -> String { map { "'\($0)'" }.joined(separator: separator) }
}
