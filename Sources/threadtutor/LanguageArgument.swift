import ArgumentParser
import Foundation
import TutorBasics

/// Lets `--lang en|ko` parse straight into the course language.
extension Language: ExpressibleByArgument {
    /// `--lang` when given, else the environment's language (LC_ALL, LC_MESSAGES or LANG), else English:
    /// the language of the course and of every message a command prints.
    static func chosen(_ option: Language?) -> Language {
        option ?? fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
