/// Python source as the highlighter sees it: a sequence of grapheme clusters ("units"), with the ASCII ones read
/// straight from the UTF-8 bytes. Code is almost always ASCII, where every byte is one cluster and no
/// `Character` needs to be made; other clusters keep `Character`'s Unicode answers (letters, digits).
struct PythonSource {
    let bytes: [UInt8]
    /// The UTF-8 offset where each unit starts, plus the end; nil when every byte is a unit (ASCII without
    /// "\r\n", which is one cluster of two bytes).
    private let starts: [Int]?
    let count: Int

    /// What `byte(at:)` says for a unit that is not a single ASCII byte; never equal to a byte we look for.
    static let notASCII: UInt8 = 0xFF

    init(_ text: String) {
        bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            starts = nil
            count = bytes.count
        } else {
            var starts: [Int] = []
            var offset = 0
            for character in text {
                starts.append(offset)
                offset += character.utf8.count
            }
            starts.append(offset)
            self.starts = starts
            count = starts.count - 1
        }
    }

    /// The UTF-8 offset where a unit starts (`count` gives the end of the text).
    func offset(of unit: Int) -> Int { starts?[unit] ?? unit }

    /// The byte of a one-byte (so ASCII) unit, or `notASCII`.
    func byte(at unit: Int) -> UInt8 {
        guard let starts else { return bytes[unit] }
        return starts[unit + 1] - starts[unit] == 1 ? bytes[starts[unit]] : Self.notASCII
    }

    func isLetter(at unit: Int) -> Bool {
        let byte = byte(at: unit)
        if byte != Self.notASCII { return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        return character(at: unit).isLetter
    }

    func isNumber(at unit: Int) -> Bool {
        let byte = byte(at: unit)
        return byte != Self.notASCII ? Self.isDigit(byte) : character(at: unit).isNumber
    }

    func isHexDigit(at unit: Int) -> Bool {
        let byte = byte(at: unit)
        if byte != Self.notASCII {
            return Self.isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
        }
        return character(at: unit).isHexDigit
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The text of units `start..<end`.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[offset(of: start)..<offset(of: end)], as: UTF8.self)
    }

    /// A unit that is not a single ASCII byte, as a `Character` (the rare, slow case).
    private func character(at unit: Int) -> Character {
        Character(text(from: unit, to: unit + 1))
    }
}
