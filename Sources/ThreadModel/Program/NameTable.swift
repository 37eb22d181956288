/// Interns names (of locks, events, counters, task groups) as dense indices, and keeps the names for text.
struct NameTable {
    private var ids: [String: Int] = [:]
    private(set) var names: [String] = []

    var count: Int { names.count }

    mutating func id(for name: String) -> Int {
        if let id = ids[name] { return id }
        ids[name] = names.count
        names.append(name)
        return names.count - 1
    }

    subscript(id: Int) -> String { names[id] }
}
