import Foundation

/// A course folder written for one test and removed afterwards.
struct TemporaryCourse: ~Copyable {
    let root: String

    /// `files` maps relative paths (`en/01-a.md`) to contents; folders are created as needed.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessonkit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files {
            try write(path, bytes: Array(text.utf8))
        }
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func path(_ relativePath: String) -> String {
        root + "/" + relativePath
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }
}
