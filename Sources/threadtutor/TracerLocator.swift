import Foundation

/// Finds the tracer's bootstrap, `Tracer/threadtutor_trace.py`, beside the course folder wherever that is looked
/// for (installed: PREFIX/share/threadtutor/Tracer; in the source tree: the repository's Tracer/), or at
/// $THREADTUTOR_TRACER.
enum TracerLocator {
    static let relativePath = "Tracer/threadtutor_trace.py"

    static func candidates(environment: [String: String], executablePath: String, currentDirectory: String) -> [String] {
        var result: [String] = []
        if let fromEnv = environment["THREADTUTOR_TRACER"], !fromEnv.isEmpty { result.append(fromEnv) }
        let lessonFolders = CourseLocator.candidates(explicit: nil, environment: [:], executablePath: executablePath,
                                                     currentDirectory: currentDirectory)
        for folder in lessonFolders {
            result.append(CourseLocator.join(CourseLocator.parent(of: folder), relativePath))
        }
        return result
    }

    /// The first candidate that is a readable file, else the first candidate (for the error message).
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                       executablePath: String = CourseLocator.executablePath(),
                       currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let all = candidates(environment: environment, executablePath: executablePath, currentDirectory: currentDirectory)
        return all.first { access($0, R_OK) == 0 } ?? all.first ?? relativePath
    }
}
