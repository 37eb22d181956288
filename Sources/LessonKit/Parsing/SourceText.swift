import TutorBasics

/// Lesson file bytes as text: UTF-8 only, with a byte-order mark dropped.
enum SourceText {
    /// The text, or a diagnostic at the line and column of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        if var text = String(validating: bytes, as: UTF8.self) {
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return .success(text)
        }
        return .failure(firstInvalidByte(bytes, path: path))
    }

    /// Walks the bytes scalar by scalar to say where the first one that is not UTF-8 is.
    private static func firstInvalidByte(_ bytes: [UInt8], path: String) -> Diagnostic {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return Diagnostic("file is not UTF-8 text; save it as UTF-8",
                                  at: SourceLocation(path: path, line: line, column: column))
            }
        }
    }
}
