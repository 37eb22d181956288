/// The course language: which lesson folder to read and which words the interface uses.
/// Chosen separately from the C locale, which only decides how characters are encoded.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en
    case ko

    /// The language asked for by `LC_ALL`, `LC_MESSAGES` or `LANG` (first one set wins), else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let code = value.prefix { $0.isLetter }.lowercased()
            return Language(rawValue: code) ?? .en
        }
        return .en
    }
}
