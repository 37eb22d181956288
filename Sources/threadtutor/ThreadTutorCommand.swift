import ArgumentParser

/// The `threadtutor` command: an interactive terminal tutorial about threads.
/// Subcommand names win over lesson names: anything else goes to `open`, the default subcommand.
@main
struct ThreadTutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threadtutor",
        abstract: "An interactive terminal tutorial about threads.",
        discussion: """
        With no lesson, opens the course where you left off. With a lesson (its slug, its number such as 4 or \
        4.2, or a unique prefix of its slug or title), opens that lesson at its first step. When stdout is not a \
        terminal, prints the lesson list, or the lesson itself, as plain text.

        The default command takes --lang en|ko, --lessons DIR, --present (classroom), --step N and --no-mouse: \
        see 'threadtutor help open'. Inside the tutorial, press ? for every key, m for the lesson menu, q to quit.

        Exit status: 0 on success and on a normal quit, 64 for a usage error (such as an unknown lesson), \
        65 for a broken lesson or scenario.
        """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, DemoCommand.self, CheckCommand.self,
                      ChallengesCommand.self, ResetCommand.self, RenderFrameCommand.self, TraceCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
        main(ArgumentOrder.normalize(Array(CommandLine.arguments.dropFirst()), subcommands: names))
    }
}
