import TextKernel

/// A three-row font for the presenter's step counter, drawn as reverse-video spaces so it needs no
/// special glyphs and reads the same on every terminal.
enum BigDigits {
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "###"], "1": [" # ", "## ", "###"], "2": ["## ", " # ", " ##"],
        "3": ["###", " ##", "###"], "4": ["# #", "###", "  #"], "5": [" ##", " # ", "## "],
        "6": ["#  ", "###", "###"], "7": ["###", "  #", "  #"], "8": ["## ", "###", " ##"],
        "9": ["###", "###", "  #"], "/": ["  #", " # ", "#  "],
    ]

    static func width(_ text: String) -> Int { text.count * 4 - 1 }

    static func draw(_ text: String, x: Int, y: Int, into buffer: inout Buffer) {
        for (index, character) in text.enumerated() {
            guard let rows = font[character] else { continue }
            for (row, pattern) in rows.enumerated() {
                for (column, bit) in pattern.enumerated() where bit == "#" {
                    buffer.put(" ", x: x + index * 4 + column, y: y + row, style: Style(.accent, reverse: true))
                }
            }
        }
    }
}
