import CCmarkGFM

/// A cmark document's top-level blocks cut into contiguous runs, one per converting thread.
///
/// `@unchecked Sendable`: cmark nodes are plain C pointers. Each run is converted by one thread only, and reading
/// a node (even `cmark_node_get_literal`, which caches a C string in the node) touches that node alone, so runs
/// never share memory that is written.
struct TopLevelPieces: @unchecked Sendable {
    let nodes: [OpaquePointer]
    let count: Int

    /// The `index`-th of `count` runs of nearly equal length, in document order.
    func piece(_ index: Int) -> ArraySlice<OpaquePointer> {
        let start = nodes.count * index / count
        let end = nodes.count * (index + 1) / count
        return nodes[start..<end]
    }
}
