import ArgumentParser

/// The `threadtutor` command: an interactive terminal tutorial about threads.
@main
struct ThreadTutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threadtutor",
        abstract: "An interactive terminal tutorial about threads.",
        version: "0.1.0"
    )

    mutating func run() throws {
        print("threadtutor: the course is being built.")
    }
}
