import ArgumentParser
import Foundation
import TutorBasics

/// `threadtutor reset`: forgets saved progress, after asking.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget your saved progress (last position, completed lessons, quiz results)."
    )

    @Option(help: "Language of the question: en or ko.")
    var lang: Language?

    @Flag(name: [.customShort("y"), .long], help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        LocaleSetup.apply()
        let language = Language.chosen(lang)
        let status = resetProgress(language: language, assumeYes: yes)
        if status != 0 { throw ExitCode(status) }
    }
}
