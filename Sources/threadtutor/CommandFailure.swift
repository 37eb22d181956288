import ArgumentParser
import Foundation
import TutorBasics

/// Failures the command line reports as one clear line on stderr with a conventional exit status
/// (sysexits: 64 usage, 65 bad input data). The message is a phrase, said when it is reported, in the
/// language of the command that reports it.
enum CommandFailure: Error {
    case usage(Phrase)
    case badInput(Phrase)
    /// A problem in a file the author wrote, as `path:line:col: message`: in English, like a compiler's.
    case badFile(Diagnostic)

    /// Prints the message and returns the exit code to leave with.
    func report(in language: Language) -> ExitCode {
        let (message, code): (String, Int32) = switch self {
        case .usage(let phrase): (language.catalog(phrase), 64)
        case .badInput(let phrase): (language.catalog(phrase), 65)
        case .badFile(let diagnostic): ("\(diagnostic)", 65)
        }
        FileHandle.standardError.write(Data("threadtutor: \(message)\n".utf8))
        return ExitCode(code)
    }
}
