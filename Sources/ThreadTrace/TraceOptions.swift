/// How to run one trace. Defaults: python3 from PATH, 60 s, the last 200 lines of output kept.
public struct TraceOptions: Sendable {
    public var program: TraceProgram
    public var arguments: [String]
    /// The bootstrap script (Tracer/threadtutor_trace.py, found like the lessons).
    public var bootstrap: String
    public var python: String = "python3"
    public var timeoutNanoseconds: Int64 = 60_000_000_000
    /// stdin from /dev/null (inside the UI); the CLI passes its own stdin through.
    public var stdinFromNull = true
    public var outputLines = 200
    /// How often /proc is read.
    public var sampleIntervalNanoseconds: Int64 = 1_000_000
    /// Extra environment for the program (tests use it; the CLI leaves it empty).
    public var environment: [String: String] = [:]
    /// Kill the program's group when threadtutor gets SIGINT, SIGTERM or SIGHUP (the CLI; the UI has its own).
    public var stopOnSignals = false

    public init(program: TraceProgram, arguments: [String] = [], bootstrap: String) {
        self.program = program
        self.arguments = arguments
        self.bootstrap = bootstrap
    }
}
