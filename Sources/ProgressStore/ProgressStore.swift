import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes progress.json in the state directory. Each write takes an exclusive lock on a lock
/// file, re-reads the file, replays this copy's changes onto it and renames a temp file into place, so a
/// crash never leaves half a file and two running copies merge instead of clobbering each other.
public struct ProgressStore: Sendable {
    /// The folder that holds progress.json, e.g. ~/.local/state/threadtutor.
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// $XDG_STATE_HOME/threadtutor, or ~/.local/state/threadtutor when that is unset or not absolute.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/threadtutor" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/threadtutor"
    }

    public var filePath: String { directory + "/progress.json" }
    var lockPath: String { directory + "/progress.json.lock" }

    /// The result of reading the file: the progress, and where a corrupt file was moved, if one was.
    public struct Loaded: Sendable {
        public var progress: Progress
        public var corruptFileMovedTo: String?
    }

    /// Reads progress. A missing file is a fresh start; a corrupt one is renamed aside and reported.
    public func load() throws -> Loaded {
        try withLock { try readOrRecover() }
    }

    /// Replays `changes` onto the current file under the lock and writes it atomically.
    @discardableResult
    public func record(_ changes: [ProgressChange]) throws -> Loaded {
        try withLock {
            var loaded = try readOrRecover()
            for change in changes { loaded.progress.apply(change) }
            try write(loaded.progress)
            return loaded
        }
    }

    /// Forgets all progress (the file is removed; the lock file stays).
    public func reset() throws {
        try withLock {
            if unlink(filePath) != 0 && errno != ENOENT { throw ProgressStoreError.io("unlink", filePath, errno) }
        }
    }

    private func readOrRecover() throws -> Loaded {
        guard let data = FileManager.default.contents(atPath: filePath) else {
            return Loaded(progress: Progress(), corruptFileMovedTo: nil)
        }
        if let progress = try? JSONDecoder().decode(Progress.self, from: data) {
            return Loaded(progress: progress, corruptFileMovedTo: nil)
        }
        let aside = filePath + ".corrupt-" + Self.timestamp()
        guard rename(filePath, aside) == 0 else { throw ProgressStoreError.io("rename", filePath, errno) }
        return Loaded(progress: Progress(), corruptFileMovedTo: aside)
    }

    private func write(_ progress: Progress) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(progress)
        data.append(0x0A)
        let temp = filePath + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ProgressStoreError.io("open", temp, errno) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            unlink(temp)
            throw ProgressStoreError.io("write", temp, errno)
        }
        guard rename(temp, filePath) == 0 else {
            unlink(temp)
            throw ProgressStoreError.io("rename", temp, errno)
        }
    }

    /// Runs `body` holding an exclusive flock on the lock file (created with the directory if needed).
    private func withLock<T>(_ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw ProgressStoreError.io("open", lockPath, errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw ProgressStoreError.io("flock", lockPath, errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// A file-name-safe UTC timestamp such as 20261122T031500Z.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
