import ThreadModel
import TutorBasics

/// A thread demo from a ```demo fence: its YAML source, where that source starts in the lesson file,
/// and the scenario ThreadModel read from it (nil when the scenario has errors; they are on the lesson).
public struct DemoSpec: Hashable, Sendable {
    /// The YAML text inside the fence.
    public var source: String
    /// Position of the first line inside the fence, so YAML errors can be reported against the lesson file.
    public var location: SourceLocation
    /// The parsed scenario, ready for the simulator or the live engine.
    public var scenario: Scenario?
    /// Whether the demo writes `gil:` itself; `gil: false` written out declares a demo of threads in general
    /// (or a free-threaded build), which `GILCheck` then leaves alone.
    public var writesGIL = false

    public init(source: String, location: SourceLocation, scenario: Scenario? = nil) {
        self.source = source
        self.location = location
        self.scenario = scenario
    }
}
