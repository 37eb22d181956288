import Foundation

/// Finds the course folder: the shipped `Lessons/` from any working directory, after `make install`,
/// or a teacher's own folder given with `--lessons`.
enum CourseLocator {
    /// Folders to try, most specific first.
    static func candidates(explicit: String?, environment: [String: String], executablePath: String,
                           currentDirectory: String) -> [String] {
        if let explicit { return [explicit] }
        var result: [String] = []
        if let fromEnv = environment["THREADTUTOR_LESSONS"], !fromEnv.isEmpty { result.append(fromEnv) }
        let exeDir = parent(of: resolved(executablePath))
        // Installed: PREFIX/bin/threadtutor next to PREFIX/share/threadtutor/Lessons.
        result.append(join(parent(of: exeDir), "share/threadtutor/Lessons"))
        // Built in the source tree: .build/<triple>/debug/threadtutor, a few folders below the repository.
        var dir = exeDir
        for _ in 0..<5 {
            result.append(join(dir, "Lessons"))
            dir = parent(of: dir)
        }
        result.append(join(currentDirectory, "Lessons"))
        return result
    }

    /// The first candidate that exists as a folder, or nil.
    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                       executablePath: String = executablePath(),
                       currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let all = candidates(explicit: explicit, environment: environment, executablePath: executablePath,
                             currentDirectory: currentDirectory)
        if explicit != nil { return all.first }
        return all.first { isDirectory($0) }
    }

    /// This process's executable, resolved through /proc where available.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first ?? "threadtutor"
    }

    // Plain path strings rather than URL: these run on every start, and Foundation's URL machinery costs more
    // than the rest of finding the course.

    /// The path with symbolic links resolved (realpath), or as given when that fails.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The folder holding `path` ("/" for a top-level entry, "." for a bare name).
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
