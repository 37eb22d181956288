/// Lets course options come before a subcommand (`threadtutor --lang ko list`) as well as after it:
/// swift-argument-parser would otherwise give them, and the subcommand's name, to the default `open` command.
enum ArgumentOrder {
    /// Options that take one value and belong to every course command.
    static let valueOptions: Set<String> = ["--lang", "--lessons"]

    /// Moves leading course options behind the subcommand name when one follows them.
    static func normalize(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if valueOptions.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if valueOptions.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else {
            return arguments
        }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }
}
