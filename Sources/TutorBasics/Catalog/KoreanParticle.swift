/// Picks Korean particles (을/를, 이/가, 은/는) for names such as `L`, `worker` or `작업3`, which depend on
/// whether the name, read aloud in Korean, ends in a consonant.
enum KoreanParticle {
    /// `name` followed by 을 or 를.
    static func object(_ name: String) -> String { name + (endsInConsonant(name) ? "을" : "를") }
    /// `name` followed by 이 or 가.
    static func subject(_ name: String) -> String { name + (endsInConsonant(name) ? "이" : "가") }

    static func endsInConsonant(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last else { return false }
        let value = last.value
        if (0xAC00...0xD7A3).contains(value) { return (value - 0xAC00) % 28 != 0 }
        if let digit = Int(String(last)) { return [0, 1, 3, 6, 7, 8].contains(digit) }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        let lastLetter = String(last).lowercased()
        if letters.count <= 1 || name.count == 1 {
            // A single letter is read by its name: L (엘), M (엠), N (엔), R (알).
            return ["l", "m", "n", "r"].contains(lastLetter)
        }
        // A word is read roughly as spelled: "lock" (락), "main" (메인), but "worker" (워커).
        return ["l", "m", "n", "k", "t", "p", "b", "d", "g"].contains(lastLetter)
    }
}
