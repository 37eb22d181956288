/// A Python program the learner asked to run under the tracer: a lesson's example (its source) or, for
/// `threadtutor trace`, a file, module or code string the command line named.
public struct TraceRequest: Hashable, Sendable {
    /// What python3 is given.
    public enum Program: Hashable, Sendable {
        case code(String)
        case path(String)
        case module(String)
    }

    public var program: Program
    public var arguments: [String]

    public init(_ program: Program, arguments: [String] = []) {
        self.program = program
        self.arguments = arguments
    }
}
