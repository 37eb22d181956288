import TextKernel
@testable import TextRender

/// The Python highlighter as it was before it read bytes: one `Character` at a time. Slow but plainly right, so
/// `PythonHighlighterEquivalenceTests` checks the byte-reading highlighter against it.
enum ReferencePythonHighlighter {
    /// One styled line per source line (the text must already be free of tabs and control characters).
    static func highlight(_ source: String) -> [StyledLine] {
        var scanner = Scanner(Array(source))
        scanner.scanCode(until: nil)
        return lines(from: scanner.pieces)
    }

    static let keywords = PythonHighlighter.keywords
    static let stringPrefixes = PythonHighlighter.stringPrefixes

    private static func lines(from pieces: [(text: String, role: Style.Role)]) -> [StyledLine] {
        var result = [StyledLine()]
        for piece in pieces {
            var first = true
            for part in piece.text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { result.append(StyledLine()) }
                first = false
                result[result.count - 1].append(String(part), Style.markup(piece.role))
            }
        }
        return result
    }

    /// A cursor over the source that records (text, role) pieces.
    struct Scanner {
        let characters: [Character]
        var position = 0
        var pieces: [(text: String, role: Style.Role)] = []

        init(_ characters: [Character]) { self.characters = characters }

        private func peek(_ offset: Int = 0) -> Character? {
            let index = position + offset
            return index < characters.count ? characters[index] : nil
        }

        private mutating func emit(from start: Int, _ role: Style.Role) {
            guard position > start else { return }
            let text = String(characters[start..<position])
            if let last = pieces.last, last.role == role {
                pieces[pieces.count - 1].text += text
            } else {
                pieces.append((text, role))
            }
        }

        /// Code up to (not including) an unmatched `terminator` at bracket depth 0, or to the end.
        mutating func scanCode(until terminator: Set<Character>?) {
            var depth = 0
            while let character = peek() {
                if let terminator, depth == 0, terminator.contains(character) {
                    if character != "!" || peek(1) != "=" { return }
                }
                if "([{".contains(character) { depth += 1 }
                if ")]}".contains(character) { depth -= 1 }
                if terminator != nil && depth < 0 { return }
                scanToken()
            }
        }

        private mutating func scanToken() {
            guard let character = peek() else { return }
            let start = position
            if character == "#" {
                while let next = peek(), next != "\n" { position += 1 }
                emit(from: start, .comment)
            } else if character == "\"" || character == "'" {
                scanString(prefix: "", start: start)
            } else if character.isNumber && character.isASCII
                        || (character == "." && (peek(1)?.isASCII ?? false) && (peek(1)?.isNumber ?? false)) {
                scanNumber()
                emit(from: start, .number)
            } else if character.isLetter || character == "_" {
                while let next = peek(), next.isLetter || next.isNumber || next == "_" { position += 1 }
                let word = String(characters[start..<position])
                if let quote = peek(), quote == "\"" || quote == "'", stringPrefixes.contains(word.lowercased()) {
                    scanString(prefix: word.lowercased(), start: start)
                } else {
                    emit(from: start, keywords.contains(word) ? .keyword : .codeBlock)
                }
            } else {
                position += 1
                emit(from: start, .codeBlock)
            }
        }

        private mutating func scanNumber() {
            if peek() == "0", let kind = peek(1), "xXoObB".contains(kind) {
                position += 2
                while let next = peek(), next.isHexDigit || next == "_" { position += 1 }
                return
            }
            scanDigits()
            if peek() == ".", !(peek(1)?.isLetter ?? false) || peek(1) == "e" || peek(1) == "E" || peek(1) == "j" {
                position += 1
                scanDigits()
            }
            if let exponent = peek(), exponent == "e" || exponent == "E" {
                let signed = peek(1) == "+" || peek(1) == "-"
                if let digit = peek(signed ? 2 : 1), digit.isASCII, digit.isNumber {
                    position += signed ? 2 : 1
                    scanDigits()
                }
            }
            if peek() == "j" || peek() == "J" { position += 1 }
        }

        private mutating func scanDigits() {
            while let next = peek(), next.isASCII && next.isNumber || next == "_" { position += 1 }
        }

        /// A string literal from its prefix at `start`; f-strings get their fields highlighted as code.
        private mutating func scanString(prefix: String, start: Int) {
            guard let quote = peek() else { return }
            let triple = peek(1) == quote && peek(2) == quote
            position += triple ? 3 : 1
            let isFormatted = prefix.contains("f")
            var segmentStart = start
            while let character = peek() {
                if character == "\\" {
                    position += 2
                } else if character == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                    position += triple ? 3 : 1
                    break
                } else if character == "\n" && !triple {
                    break                                    // unterminated: stop at the end of the line
                } else if isFormatted && character == "{" {
                    if peek(1) == "{" {
                        position += 2
                    } else {
                        position += 1
                        emit(from: segmentStart, .string)
                        scanReplacementField()
                        segmentStart = position
                    }
                } else {
                    position += 1
                }
            }
            position = min(position, characters.count)
            emit(from: segmentStart, .string)
        }

        /// `{expression!conversion:format}` after the opening brace, up to and including the closing brace.
        private mutating func scanReplacementField() {
            scanCode(until: ["}", ":", "!"])
            let specStart = position
            if let marker = peek(), marker == "!" || marker == ":" {
                var depth = 0
                while let next = peek(), next != "\n" {
                    if next == "{" { depth += 1 }
                    if next == "}" {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    position += 1
                }
                emit(from: specStart, .string)
            }
            let braceStart = position
            if peek() == "}" { position += 1 }
            emit(from: braceStart, .string)
        }
    }
}
