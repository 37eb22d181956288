/// A first-in first-out queue of thread (or task) indices with O(1) amortised push and pop.
struct FIFOQueue: Sendable {
    private var items: [Int] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }
    var count: Int { items.count - head }
    var first: Int? { isEmpty ? nil : items[head] }
    var elements: ArraySlice<Int> { items[head...] }

    mutating func push(_ item: Int) { items.append(item) }

    mutating func pop() -> Int? {
        guard !isEmpty else { return nil }
        defer {
            head += 1
            if head > 64 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
        }
        return items[head]
    }

    mutating func remove(_ item: Int) {
        guard let index = items[head...].firstIndex(of: item) else { return }
        items.remove(at: index)
    }

    mutating func removeAll() -> [Int] {
        defer { items = []; head = 0 }
        return Array(items[head...])
    }
}
