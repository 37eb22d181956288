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
        let exeDir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed: PREFIX/bin/threadtutor next to PREFIX/share/threadtutor/Lessons.
        result.append(exeDir.deletingLastPathComponent().appendingPathComponent("share/threadtutor/Lessons").path)
        // Built in the source tree: .build/<triple>/debug/threadtutor, a few folders below the repository.
        var dir = exeDir
        for _ in 0..<5 {
            result.append(dir.appendingPathComponent("Lessons").path)
            dir = dir.deletingLastPathComponent()
        }
        result.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Lessons").path)
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

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
