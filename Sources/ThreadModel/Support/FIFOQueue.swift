/// A first-in-first-out queue with O(1) push and pop (a moving head, compacted now and then); removing from
/// the middle is O(n). Both engines use it (lock waiters, pool queues, the ready queue, the live gates), hence
/// `package` access.
package struct FIFOQueue<Element>: RandomAccessCollection {
    private var storage: [Element] = []
    private var head = 0

    package init() {}

    package var startIndex: Int { 0 }
    package var endIndex: Int { storage.count - head }
    package subscript(position: Int) -> Element { storage[head + position] }

    package mutating func append(_ element: Element) { storage.append(element) }

    package mutating func popFirst() -> Element? {
        guard !isEmpty else { return nil }
        return remove(at: 0)
    }

    package mutating func remove(at position: Int) -> Element {
        guard position == 0 else { return storage.remove(at: head + position) }
        let element = storage[head]
        head += 1
        if head > 64, head * 2 > storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return element
    }

    /// Empties the queue, returning what it held in order.
    package mutating func removeAll() -> [Element] {
        defer {
            storage = []
            head = 0
        }
        return Array(storage[head...])
    }
}

extension FIFOQueue: Sendable where Element: Sendable {}
extension FIFOQueue: Equatable where Element: Equatable {
    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }
}

extension FIFOQueue where Element: Equatable {
    /// Forgets the first occurrence of `element`, if any.
    package mutating func remove(_ element: Element) {
        guard let position = firstIndex(of: element) else { return }
        _ = remove(at: position)
    }
}
