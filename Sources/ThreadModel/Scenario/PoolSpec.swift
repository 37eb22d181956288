/// A thread pool (like `ThreadPoolExecutor(max_workers=workers)`); its workers are threads NAME-1…NAME-N.
public struct PoolSpec: Hashable, Sendable {
    public var name: String
    public var workers: Int

    public init(name: String, workers: Int) {
        self.name = name
        self.workers = workers
    }

    /// The worker thread names, in order.
    public var workerNames: [String] { (1...max(1, workers)).map { "\(name)-\($0)" } }
}
