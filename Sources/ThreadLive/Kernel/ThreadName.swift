/// Thread names as the kernel keeps them: at most 15 bytes of UTF-8, cut on a character boundary.
enum ThreadName {
    static let kernelLimit = 15

    static func kernelName(for name: String) -> String {
        var result = ""
        var bytes = 0
        for character in name {
            let size = String(character).utf8.count
            if bytes + size > kernelLimit { break }
            result.append(character)
            bytes += size
        }
        return result
    }
}
