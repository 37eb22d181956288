/// Shortening text to a width in columns.
public enum TextFit {
    /// `text` if it fits in `width` columns, else as much as fits followed by `ellipsis`.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "...") -> String {
        guard ColumnWidth.of(text) > width else { return text }
        let room = width - ColumnWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var result = ""
        var used = 0
        for character in text {
            let w = ColumnWidth.of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }
}
