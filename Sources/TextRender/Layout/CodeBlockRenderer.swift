import TextKernel

/// Lays out a code block (its tabs were expanded when the lesson was loaded): Python highlighted, and lines that
/// do not fit continued on the next screen line with a visible marker — never silently wrapped, never cut off.
public struct CodeBlockRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = .standard) { self.options = options }

    /// Screen lines for a code block whose info string is `info` (`python`, `python fragment`, …).
    public func render(text: String, info: String, width: Int) -> [StyledLine] {
        let width = max(1, width)
        let code = Self.withoutFinalNewline(text)
        let lines = PythonHighlighter.isPython(info: info)
            ? PythonHighlighter.highlight(code)
            : code.split(separator: "\n", omittingEmptySubsequences: false).map { StyledLine(String($0), Style.markup(.codeBlock)) }
        let indent = width >= 12 + options.codeIndent ? options.codeIndent : 0
        let padding = StyledLine(RepeatedText.of(" ", count: indent), Style.markup(.codeBlock))
        var result: [StyledLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed.width <= width - indent {                  // fits: what fold would return, without an array
                result.append(trimmed.isEmpty ? trimmed : padding + trimmed)
                continue
            }
            for piece in fold(trimmed, width: width - indent) {
                result.append(piece.isEmpty ? piece : padding + piece)
            }
        }
        return result
    }

    /// Splits one source line into pieces of at most `width` columns; every piece but the last ends with
    /// the continuation marker, and continuation pieces are indented two columns deeper than the source line.
    /// A trailing comment that does not fit moves whole to the next piece; otherwise a piece ends after a
    /// space, at a change of style, or (outside strings) where a name meets punctuation, when such a boundary
    /// lies in the second half of the room, else exactly at the edge. Spaces at a cut (outside strings) are
    /// layout, not content: they are dropped rather than carried to either side of the break.
    func fold(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard line.width > width else { return [line] }
        let marker = " " + options.glyphs.continuation
        let room = width - DisplayWidth.of(marker)
        guard room >= 4 else { return Self.chunked(TextUnit.units(of: line), toWidth: width) }
        let all = TextUnit.units(of: line)
        let sourceIndent = all.prefix { $0.isSpace }.count
        let hanging = min(sourceIndent + 2, room / 3)
        var units = all[...]
        var result: [StyledLine] = []
        var lead = StyledLine()
        while lead.width + units.reduce(0, { $0 + $1.width }) > width {
            let cut = cutIndex(in: units, room: room - lead.width)
            var kept = units[units.startIndex..<cut]
            while let last = kept.last, kept.count > 1, Self.isLayoutSpace(last) { kept = kept.dropLast() }
            var piece = lead + TextUnit.line(from: Array(kept))
            piece.append(kept.last?.isSpace == true ? String(marker.dropFirst()) : marker, Style.markup(.continuation))
            result.append(piece)
            units = units[cut...]
            let spaces = units.prefix(while: Self.isLayoutSpace)
            if spaces.count < units.count { units = units.dropFirst(spaces.count) }
            lead = StyledLine(RepeatedText.of(" ", count: hanging), Style.markup(.codeBlock))
        }
        result.append(lead + TextUnit.line(from: Array(units)))
        return result
    }

    private static func isLayoutSpace(_ unit: TextUnit) -> Bool {
        unit.isSpace && unit.style.role != .string
    }

    /// Where to end a piece: before a comment that starts inside the room, else after the last boundary
    /// that keeps at least half the room filled, else at the edge.
    private func cutIndex(in units: ArraySlice<TextUnit>, room: Int) -> Int {
        var used = 0
        var hardCut = units.startIndex
        var boundary: Int?
        for index in units.indices {
            let unit = units[index]
            if unit.style.role == .comment, index > units.startIndex, units[index - 1].style.role != .comment,
               units[units.startIndex..<index].contains(where: { !$0.isSpace }) {
                return index
            }
            if used + unit.width > room { break }
            used += unit.width
            hardCut = index + 1
            let next = index + 1 < units.endIndex ? units[index + 1] : nil
            if used * 2 >= room, next.map({ Self.mayBreak(after: unit, before: $0) }) ?? true { boundary = index + 1 }
        }
        return max(boundary ?? hardCut, units.startIndex + 1)
    }

    /// Never before a space or closing punctuation; after a space, at a change of style, or where a name
    /// meets punctuation.
    private static func mayBreak(after unit: TextUnit, before next: TextUnit) -> Bool {
        if next.isSpace || (next.style.role != .string && ",)]}:;".contains(next.character)) { return false }
        return unit.isSpace || next.style != unit.style || isWordEdge(unit, next)
    }

    /// Between a name and punctuation: `sleep|(`, `(|delay`, `x|.y`.
    private static func isWordEdge(_ before: TextUnit, _ after: TextUnit) -> Bool {
        before.style.role != .string && after.style.role != .string
            && isWordCharacter(before.character) != isWordCharacter(after.character)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Pieces of at most `width` columns, without markers (only for screens too narrow for one).
    static func chunked(_ units: [TextUnit], toWidth width: Int) -> [StyledLine] {
        var pieces = [StyledLine()]
        var used = 0
        for unit in units {
            if used + unit.width > width && used > 0 {
                pieces.append(StyledLine())
                used = 0
            }
            let drawn = unit.width > width ? TextUnit(character: "?", style: unit.style, width: 1) : unit
            pieces[pieces.count - 1].append(String(drawn.character), drawn.style)
            used += drawn.width
        }
        return pieces
    }

    static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
