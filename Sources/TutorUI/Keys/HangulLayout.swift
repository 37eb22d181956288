/// The standard Korean two-set (dubeolsik) layout: with a Korean input method on, the key that says `q`
/// sends `ㅂ`. Mapping the jamo back to the Latin letter lets every command work without switching IME.
/// Only unshifted letters are mapped: Shift gives the same jamo for most keys, so a shifted command would
/// be ambiguous.
public enum HangulLayout {
    public static let latinForJamo: [Character: Character] = [
        "ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
        "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
        "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
    ]

    /// The key a Latin layout would have sent for this one (the key itself when it is not a jamo).
    public static func normalize(_ key: Key) -> Key {
        guard case .character(let c) = key, let latin = latinForJamo[c] else { return key }
        return .character(latin)
    }
}
