/// How user threads map onto kernel threads.
public enum ThreadingModel: Hashable, Sendable {
    /// One kernel thread per user thread (Linux NPTL, CPython).
    case oneToOne
    /// All user threads on one kernel thread: one blocking call blocks them all.
    case manyToOne
    /// User threads multiplexed over this many kernel threads.
    case manyToMany(Int)

    /// How many kernel threads exist, or nil for one per thread.
    public var kernelThreads: Int? {
        switch self {
        case .oneToOne: nil
        case .manyToOne: 1
        case .manyToMany(let count): count
        }
    }

    /// The spelling in the scenario language.
    public var name: String {
        switch self {
        case .oneToOne: "one-to-one"
        case .manyToOne: "many-to-one"
        case .manyToMany(let count): "many-to-many:\(count)"
        }
    }
}
