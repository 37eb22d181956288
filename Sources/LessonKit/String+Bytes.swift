import Foundation

extension String {
    /// Whether the UTF-8 text holds this byte, searched with memchr: iterating `utf8` checks its index on every
    /// byte, and these scans run over every text node of a lesson.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether any UTF-8 byte of the text satisfies `predicate`, in a plain loop over the stored bytes.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
