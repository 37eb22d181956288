/// A Python program running under the tracer, as the app loop's `LiveRuntime` drives it. TutorUI does not
/// import the tracer; the executable adapts ThreadTrace to this (and tests can feed progress by hand).
public protocol TraceRunner: AnyObject, Sendable {
    /// Starts the program; false when it could not be started (nothing is left running then).
    func start() -> Bool
    /// Kills the program's process group and reaps it; when this returns no process of it is left.
    func stop()
    /// The recording so far when it changed since the last call (nil: nothing new). After the progress that
    /// carries the ending, nil for ever.
    func progress() -> TraceProgress?
}

/// Makes a trace of a program, or nil when tracing is not available (no tracer installed).
public typealias TraceStarter = @Sendable (_ request: TraceRequest) -> (any TraceRunner)?
