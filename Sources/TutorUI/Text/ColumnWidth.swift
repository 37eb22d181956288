import TextRender

/// Display width in terminal columns. Never use `String.count` as a width: Hangul and CJK take two columns.
/// The UI asks here; the measuring itself is TextRender's, so lesson text and the UI agree on every width.
public enum ColumnWidth {
    /// Columns taken by one grapheme cluster (0 for controls and lone combining marks, 2 for wide).
    public static func of(_ character: Character) -> Int { DisplayWidth.of(character) }

    /// Columns taken by a whole string.
    public static func of(_ text: some StringProtocol) -> Int { DisplayWidth.of(String(text)) }
}
