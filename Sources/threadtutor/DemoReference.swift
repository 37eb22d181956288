/// `lesson#n` on the command line: a lesson name and which of its demos (1-based, default 1).
enum DemoReference {
    static func split(_ argument: String) -> (name: String, number: Int) {
        guard let hash = argument.lastIndex(of: "#"),
              let number = Int(argument[argument.index(after: hash)...]), number > 0 else {
            return (argument, 1)
        }
        return (String(argument[..<hash]), number)
    }
}
