/// A first-in-first-out queue with O(1) push and pop (a moving head, compacted now and then); removing from
/// the middle is O(n). Lock waiters, pool queues and the ready queue use it.
struct FIFOQueue<Element>: RandomAccessCollection {
    private var storage: [Element] = []
    private var head = 0

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count - head }
    subscript(position: Int) -> Element { storage[head + position] }

    mutating func append(_ element: Element) { storage.append(element) }

    mutating func popFirst() -> Element? {
        guard !isEmpty else { return nil }
        return remove(at: 0)
    }

    mutating func remove(at position: Int) -> Element {
        guard position == 0 else { return storage.remove(at: head + position) }
        let element = storage[head]
        head += 1
        if head > 64, head * 2 > storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return element
    }
}

extension FIFOQueue: Sendable where Element: Sendable {}
