@testable import TextKernel

/// The document wrapper written as plainly as possible: one `Unit` per grapheme cluster, one token per word.
/// Obviously right, so `TextWrapperEquivalenceTests` checks `TextWrapper` against it (it is the oracle).
enum ReferenceWrapper {
    typealias Unit = TextUnit

    static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        var builder = LineBuilder(width: max(1, width))
        for token in tokens(of: TextUnit.units(of: line)) {
            builder.add(token)
        }
        return builder.finish()
    }

    /// A run of units that may not be broken (a word), or a run of spaces where a break may happen.
    enum Token {
        case word([Unit])
        case space([Unit])
    }

    static func tokens(of units: [Unit]) -> [Token] {
        var result: [Token] = []
        var current: [Unit] = []
        var currentIsSpace = false
        for unit in units {
            let boundary = current.isEmpty
                || unit.isSpace != currentIsSpace
                || (!unit.isSpace && BreakRules.mayBreak(between: current[current.count - 1].character, and: unit.character))
            if boundary && !current.isEmpty {
                result.append(currentIsSpace ? .space(current) : .word(current))
                current = []
            }
            current.append(unit)
            currentIsSpace = unit.isSpace
        }
        if !current.isEmpty { result.append(currentIsSpace ? .space(current) : .word(current)) }
        return result
    }

    /// Fills lines greedily.
    struct LineBuilder {
        let width: Int
        var lines: [StyledLine] = []
        var current: [Unit] = []
        var currentWidth = 0
        var pendingSpaces: [Unit] = []

        init(width: Int) { self.width = width }

        mutating func add(_ token: Token) {
            switch token {
            case .space(let spaces):
                if !current.isEmpty { pendingSpaces += spaces }
            case .word(let word):
                addWord(word)
            }
        }

        private mutating func addWord(_ word: [Unit]) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            let spaceWidth = pendingSpaces.reduce(0) { $0 + $1.width }
            if currentWidth + spaceWidth + wordWidth <= width {
                append(pendingSpaces + word, width: spaceWidth + wordWidth)
            } else {
                flush()
                if wordWidth <= width {
                    append(word, width: wordWidth)
                } else {
                    splitLongWord(word)
                }
            }
            pendingSpaces = []
        }

        private mutating func splitLongWord(_ word: [Unit]) {
            for var unit in word {
                if unit.width > width {
                    unit = Unit(character: "?", style: unit.style, width: 1)
                }
                if currentWidth + unit.width > width { flush() }
                append([unit], width: unit.width)
            }
        }

        private mutating func append(_ units: [Unit], width: Int) {
            current += units
            currentWidth += width
        }

        private mutating func flush() {
            guard !current.isEmpty else { return }
            lines.append(TextUnit.line(from: current))
            current = []
            currentWidth = 0
            pendingSpaces = []
        }

        mutating func finish() -> [StyledLine] {
            flush()
            return lines.isEmpty ? [StyledLine()] : lines
        }
    }
}
