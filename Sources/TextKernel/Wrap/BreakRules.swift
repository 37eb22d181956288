/// Where a line may break inside a run of non-space characters (a small subset of UAX #14 that is enough
/// for Chinese, Japanese and Korean lesson text).
package enum BreakRules {
    /// Whether a line may break between two adjacent non-space characters.
    package static func mayBreak(between before: Character, and after: Character) -> Bool {
        guard isBreakableCJK(before) || isBreakableCJK(after) else { return false }
        return !noBreakBefore.contains(after) && !noBreakAfter.contains(before)
    }

    /// Wide characters that are written without spaces: ideographs, kana, fullwidth forms, emoji.
    /// Hangul is excluded: Korean puts spaces between words and words must not be split.
    package static func isBreakableCJK(_ character: Character) -> Bool {
        guard !character.isASCII, DisplayWidth.of(character) == 2, let first = character.unicodeScalars.first else {
            return false
        }
        return !isHangul(first)
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    /// Closing punctuation and small kana that must not start a line (kinsoku).
    static let noBreakBefore: Set<Character> = Set(
        "、。，．・：；？！）」』】〕〉》〙〗’”ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～" + ",.;:!?)]}%"
    )

    /// Opening punctuation that must not end a line.
    static let noBreakAfter: Set<Character> = Set("（「『【〔〈《〘〖‘“" + "([{")
}
