import TextKernel

/// Splits Python source into keyword, string, comment and number spans, line by line.
///
/// A small hand-written scanner, not a parser: it knows comments, string prefixes (r, b, u, f and their
/// combinations), triple-quoted strings spanning lines, f-string replacement fields (whose expressions are
/// highlighted as code) and Python's number forms. Anything else is plain code. It reads ASCII on bytes (see
/// `PythonSource`) and cuts the pieces it finds straight out of the UTF-8 text.
public enum PythonHighlighter {
    /// One styled line per source line (the text must already be free of tabs and control characters).
    public static func highlight(_ source: String) -> [StyledLine] {
        var scanner = Scanner(PythonSource(source))
        scanner.scanCode(inReplacementField: false)
        return lines(from: scanner.pieces, of: scanner.source)
    }

    /// Whether a fenced code block's info string (`python`, `py`, `python fragment`, `Python3`) means Python.
    public static func isPython(info: String) -> Bool {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," }).first?.lowercased() ?? ""
        return ["python", "python3", "py", "py3", "pycon", "ipython"].contains(language)
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// The keywords as bytes, by length (index 2 holds "as", "if", …).
    static let keywordBytes: [[[UInt8]]] = (0...8).map { length in
        keywords.filter { $0.utf8.count == length }.map { Array($0.utf8) }
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]

    /// A run of units in one role.
    struct Piece {
        var start: Int
        var end: Int
        var role: Style.Role
    }

    /// The pieces cut into lines at newlines ("\r\n" is one cluster that the scanner never split, so it stays).
    private static func lines(from pieces: [Piece], of source: PythonSource) -> [StyledLine] {
        var result = [StyledLine()]
        let bytes = source.bytes
        for piece in pieces {
            let style = Style.markup(piece.role)
            var segmentStart = source.offset(of: piece.start)
            let end = source.offset(of: piece.end)
            for index in segmentStart..<end where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                result[result.count - 1].append(String(decoding: bytes[segmentStart..<index], as: UTF8.self), style)
                result.append(StyledLine())
                segmentStart = index + 1
            }
            result[result.count - 1].append(String(decoding: bytes[segmentStart..<end], as: UTF8.self), style)
        }
        return result
    }

    /// A cursor over the source that records pieces.
    struct Scanner {
        let source: PythonSource
        var position = 0
        var pieces: [Piece] = []

        init(_ source: PythonSource) { self.source = source }

        /// The byte of the unit `offset` ahead (`PythonSource.notASCII` for other units), nil past the end.
        private func peek(_ offset: Int = 0) -> UInt8? {
            let index = position + offset
            return index < source.count ? source.byte(at: index) : nil
        }

        private func isLetter(_ offset: Int = 0) -> Bool {
            position + offset < source.count && source.isLetter(at: position + offset)
        }

        private func isNumber(_ offset: Int = 0) -> Bool {
            position + offset < source.count && source.isNumber(at: position + offset)
        }

        private func isASCIIDigit(_ offset: Int = 0) -> Bool { peek(offset).map(PythonSource.isDigit) ?? false }

        private mutating func emit(from start: Int, _ role: Style.Role) {
            guard position > start else { return }
            if let last = pieces.indices.last, pieces[last].role == role, pieces[last].end == start {
                pieces[last].end = position
            } else {
                pieces.append(Piece(start: start, end: position, role: role))
            }
        }

        /// Code to the end, or (in a replacement field) up to an unmatched `}`, `:` or `!` (not `!=`) at bracket
        /// depth 0, or an unmatched closing bracket.
        mutating func scanCode(inReplacementField: Bool) {
            var depth = 0
            while let character = peek() {
                if inReplacementField, depth == 0,
                   character == UInt8(ascii: "}") || character == UInt8(ascii: ":") || character == UInt8(ascii: "!") {
                    if character != UInt8(ascii: "!") || peek(1) != UInt8(ascii: "=") { return }
                }
                switch character {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
                if inReplacementField && depth < 0 { return }
                scanToken()
            }
        }

        private mutating func scanToken() {
            guard let character = peek() else { return }
            let start = position
            if character == UInt8(ascii: "#") {
                while let next = peek(), next != UInt8(ascii: "\n") { position += 1 }
                emit(from: start, .comment)
            } else if character == UInt8(ascii: "\"") || character == UInt8(ascii: "'") {
                scanString(prefix: "", start: start)
            } else if PythonSource.isDigit(character) || (character == UInt8(ascii: ".") && isASCIIDigit(1)) {
                scanNumber()
                emit(from: start, .number)
            } else if isLetter() || character == UInt8(ascii: "_") {
                scanName(from: start)
            } else {
                position += 1
                emit(from: start, .codeBlock)
            }
        }

        /// A name: a keyword, plain code, or the prefix of a string literal (`rb"…"`).
        private mutating func scanName(from start: Int) {
            while let next = peek(), isLetter() || isNumber() || next == UInt8(ascii: "_") { position += 1 }
            if let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let word = source.text(from: start, to: position)
                if stringPrefixes.contains(word.lowercased()) {
                    scanString(prefix: word.lowercased(), start: start)
                    return
                }
            }
            emit(from: start, isKeyword(from: start) ? .keyword : .codeBlock)
        }

        /// Whether the name from `start` to here is a keyword; compared on bytes (keywords are ASCII, and no
        /// other spelling of one is canonically equivalent), without making a String per name.
        private func isKeyword(from start: Int) -> Bool {
            let length = position - start
            guard length >= 2, length <= 8, source.offset(of: position) - source.offset(of: start) == length else {
                return false
            }
            let first = source.offset(of: start)
            return PythonHighlighter.keywordBytes[length].contains { keyword in
                keyword.withUnsafeBufferPointer { keyword in
                    (0..<length).allSatisfy { keyword[$0] == source.bytes[first + $0] }
                }
            }
        }

        private mutating func scanNumber() {
            if peek() == UInt8(ascii: "0"), let kind = peek(1), "xXoObB".utf8.contains(kind) {
                position += 2
                while let next = peek(), source.isHexDigit(at: position) || next == UInt8(ascii: "_") { position += 1 }
                return
            }
            scanDigits()
            if peek() == UInt8(ascii: "."),
               !isLetter(1) || peek(1) == UInt8(ascii: "e") || peek(1) == UInt8(ascii: "E") || peek(1) == UInt8(ascii: "j") {
                position += 1
                scanDigits()
            }
            if let exponent = peek(), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
                let signed = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
                if isASCIIDigit(signed ? 2 : 1) {
                    position += signed ? 2 : 1
                    scanDigits()
                }
            }
            if peek() == UInt8(ascii: "j") || peek() == UInt8(ascii: "J") { position += 1 }
        }

        private mutating func scanDigits() {
            while let next = peek(), PythonSource.isDigit(next) || next == UInt8(ascii: "_") { position += 1 }
        }

        /// A string literal from its prefix at `start`; f-strings get their fields highlighted as code.
        private mutating func scanString(prefix: String, start: Int) {
            guard let quote = peek() else { return }
            let triple = peek(1) == quote && peek(2) == quote
            position += triple ? 3 : 1
            let isFormatted = prefix.utf8.contains(UInt8(ascii: "f"))
            var segmentStart = start
            while let character = peek() {
                if character == UInt8(ascii: "\\") {
                    position += 2
                } else if character == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                    position += triple ? 3 : 1
                    break
                } else if character == UInt8(ascii: "\n") && !triple {
                    break                                    // unterminated: stop at the end of the line
                } else if isFormatted && character == UInt8(ascii: "{") {
                    if peek(1) == UInt8(ascii: "{") {
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
            position = min(position, source.count)
            emit(from: segmentStart, .string)
        }

        /// `{expression!conversion:format}` after the opening brace, up to and including the closing brace.
        private mutating func scanReplacementField() {
            scanCode(inReplacementField: true)
            let specStart = position
            if let marker = peek(), marker == UInt8(ascii: "!") || marker == UInt8(ascii: ":") {
                var depth = 0
                while let next = peek(), next != UInt8(ascii: "\n") {
                    if next == UInt8(ascii: "{") { depth += 1 }
                    if next == UInt8(ascii: "}") {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    position += 1
                }
                emit(from: specStart, .string)
            }
            let braceStart = position
            if peek() == UInt8(ascii: "}") { position += 1 }
            emit(from: braceStart, .string)
        }
    }
}
