import Foundation

/// Work on independent pieces spread over every core, results kept in order: `show` lays out a long lesson's
/// steps side by side, and a long lesson's Markdown tree is converted in pieces.
public enum ParallelMap {
    /// `transform(0) … transform(count - 1)`, computed concurrently.
    public static func map<Result: Sendable>(count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let results = Results<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(index))
        }
        return results.values()
    }

    /// Slots written from many threads. `@unchecked Sendable`: `slots` is only touched under `lock`.
    private final class Results<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
