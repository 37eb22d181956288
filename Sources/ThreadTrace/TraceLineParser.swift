/// Parses the bootstrap's lines: flat JSON objects whose values are strings, integers, numbers, booleans or
/// null. Hand-written over bytes because a pool of thousands of tasks writes thousands of lines, and the reader
/// must keep up with the pipe so the program never waits on it.
public enum TraceLineParser {
    public static func parse(_ line: String) -> TraceEvent? {
        parse(Array(line.utf8)[...])
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) -> TraceEvent? {
        var scanner = Scanner(bytes: bytes)
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var event = TraceEvent(kind: "", time: 0, tid: 0)
        if scanner.take(UInt8(ascii: "}")) { return nil }
        repeat {
            guard let key = scanner.string(), scanner.take(UInt8(ascii: ":")) else { return nil }
            switch scanner.peek {
            case UInt8(ascii: "\""):
                guard let value = scanner.string() else { return nil }
                if key == "ev" { event.kind = value } else { event.strings[key] = value }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                guard let word = scanner.word() else { return nil }
                if word == "true" { event.flags[key] = true } else if word == "false" { event.flags[key] = false }
            default:
                guard let text = scanner.numberText() else { return nil }
                if let value = Int64(text) {
                    switch key {
                    case "t": event.time = value
                    case "tid": event.tid = Int32(truncatingIfNeeded: value)
                    case "obj": event.object = Int(value)
                    default: event.numbers[key] = value
                    }
                } else {
                    event.strings[key] = text
                }
            }
        } while scanner.take(UInt8(ascii: ","))
        guard scanner.take(UInt8(ascii: "}")), !event.kind.isEmpty else { return nil }
        return event
    }

    private struct Scanner {
        let bytes: ArraySlice<UInt8>
        var index: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        var peek: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func word() -> String? {
            let start = index
            while let byte = peek, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { index += 1 }
            return start == index ? nil : String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func numberText() -> String? {
            let start = index
            while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}") { index += 1 }
            return start == index ? nil : String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var out: [UInt8] = []
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = peek else { return nil }
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "u"):
                        guard index + 4 <= bytes.endIndex,
                              let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                        else { return nil }
                        index += 4
                        out.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "?").utf8))
                    default: out.append(escaped)
                    }
                default:
                    out.append(byte)
                }
            }
            return nil
        }
    }
}
