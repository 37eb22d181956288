import TextKernel

/// Cutting a styled line to a width at a word end, with an ellipsis when something was cut (TextKernel's
/// `truncated(to:ellipsis:ellipsisStyle:)` cuts anywhere).
extension StyledLine {
    func truncatedAtWord(to width: Int, ellipsis: String = "...") -> StyledLine {
        guard self.width > width else { return self }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return StyledLine(String(ellipsis.prefix(max(0, width)))) }
        var result = StyledLine()
        var used = 0
        for span in spans {
            var text = ""
            for character in span.text {
                let columns = DisplayWidth.of(character)
                if used + columns > room { break }
                text.append(character)
                used += columns
            }
            if !text.isEmpty { result.spans.append(StyledSpan(text, span.style)) }
            if used >= room || text.count < span.text.count { break }
        }
        result.trimToWordEnd()
        result.spans.append(StyledSpan(ellipsis, spans.last?.style ?? .plain))
        return result
    }

    /// Drops a word cut in half (and the spaces before it), so "waiting for worker" never reads "waiting for work".
    private mutating func trimToWordEnd() {
        let text = plainText
        guard let lastSpace = text.lastIndex(of: " "), text.last != " " else { return }
        var keep = text.distance(from: text.startIndex, to: lastSpace)
        var trimmed: [StyledSpan] = []
        for span in spans where keep > 0 {
            let piece = String(span.text.prefix(keep))
            keep -= piece.count
            trimmed.append(StyledSpan(piece, span.style))
        }
        if trimmed.isEmpty { return }
        spans = trimmed
    }
}
