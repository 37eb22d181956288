/// Bounds that keep a lesson or `.yaml` file from making the program run away. Benchmarks build bigger
/// scenarios through the API, which applies no limits.
public struct ScenarioLimits: Hashable, Sendable {
    public var maxThreads = 64
    public var maxWorkersPerPool = 16
    public var maxActions = 1_000
    public var maxScriptedTime: Int64 = 60_000_000
    public var cores = 1...8
    /// YAML nodes visited, counting every alias use, so aliases cannot expand a small file into a huge one.
    public var maxNodeVisits = 20_000

    public init() {}

    /// The documented limits for files.
    public static let files = ScenarioLimits()
}
