extension String {
    /// The lines of the text, split at "\n" with empty lines kept, found on UTF-8 bytes: splitting by Character
    /// runs grapheme breaking over the whole file, which was the largest single cost of loading a lesson.
    /// The slices share the string's storage.
    var lineSlices: [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
