import ArgumentParser
import Foundation

/// Failures the command line reports as one clear line on stderr with a conventional exit status
/// (sysexits: 64 usage, 65 bad input data).
enum CommandFailure: Error {
    case usage(String)
    case badInput(String)

    /// Prints the message and returns the exit code to leave with.
    func report() -> ExitCode {
        switch self {
        case .usage(let message):
            FileHandle.standardError.write(Data("threadtutor: \(message)\n".utf8))
            return ExitCode(64)
        case .badInput(let message):
            FileHandle.standardError.write(Data("threadtutor: \(message)\n".utf8))
            return ExitCode(65)
        }
    }
}
