/// Why a trace could not be made at all (a program that fails is not an error: its trace says how it ended).
public enum TraceError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotStart(String)
    case noBootstrap(String)

    public var description: String {
        switch self {
        case .cannotStart(let why): why
        case .noBootstrap(let path): "the tracer's bootstrap is missing (looked for \(path))"
        }
    }
}
