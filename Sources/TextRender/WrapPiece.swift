/// A slice of one span of the line being wrapped, measured once: the wrapper moves these around instead of
/// single characters, so a word or a whole line of one span is copied out of its span in one go.
struct WrapPiece {
    /// Text drawn instead of the slice; each substitute stands for exactly one grapheme cluster of the source.
    enum Substitute {
        /// A tab or newline, which counts as a space.
        case space
        /// A character wider than a one-column line, which cannot be drawn there.
        case questionMark

        var text: String {
            switch self {
            case .space: " "
            case .questionMark: "?"
            }
        }
    }

    /// Index of the span in the line.
    var span: Int
    /// UTF-8 offsets of the slice in the span's text; always on grapheme cluster boundaries.
    var start: Int
    var end: Int
    /// Columns the slice occupies.
    var width: Int
    var substitute: Substitute?

    /// Extends this piece by `next` when it continues the same source slice, so runs stay one piece.
    mutating func absorb(_ next: WrapPiece) -> Bool {
        guard span == next.span, end == next.start, substitute == nil, next.substitute == nil else { return false }
        end = next.end
        width += next.width
        return true
    }
}

extension Array where Element == WrapPiece {
    /// Appends `piece`, merging it into the last piece when it continues it.
    mutating func appendMerging(_ piece: WrapPiece) {
        if let last = indices.last, self[last].absorb(piece) { return }
        append(piece)
    }
}
