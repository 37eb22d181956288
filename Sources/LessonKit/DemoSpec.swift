import TutorBasics

/// A thread demo from a ```demo fence: its YAML source and where that source starts in the lesson file.
/// The scenario language itself belongs to ThreadModel.
public struct DemoSpec: Hashable, Sendable {
    /// The YAML text inside the fence.
    public var source: String
    /// Position of the first line inside the fence, so YAML errors can be reported against the lesson file.
    public var location: SourceLocation

    public init(source: String, location: SourceLocation) {
        self.source = source
        self.location = location
    }
}
