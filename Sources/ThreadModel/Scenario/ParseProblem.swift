/// A problem with one value, before it gets a position in the file.
struct ParseProblem: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
