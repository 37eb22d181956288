import TutorBasics

/// Why a trace could not be made at all (a program that fails is not an error: its trace says how it ended).
public enum TraceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No pipe for the tracer's events; the system's reason.
    case noPipe(String)
    /// The interpreter could not be started; its path and the system's reason.
    case cannotRun(String, String)
    case noBootstrap(String)

    /// What went wrong, in the learner's language.
    public var phrase: Phrase {
        switch self {
        case .noPipe(let why): .traceNoPipe(reason: why)
        case .cannotRun(let python, let why): .traceCannotRun(python: python, reason: why)
        case .noBootstrap(let path): .traceNoBootstrap(path: path)
        }
    }

    public var description: String { Language.en.catalog(phrase) }
}
