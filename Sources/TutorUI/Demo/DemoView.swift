/// Which part of the demo pane fills it: everything that fits (the default), or one part alone when space is
/// short. The `b` key steps through them.
public enum DemoView: Hashable, Sendable, CaseIterable {
    case all, board, lanes, log

    /// The next view in the cycle.
    var next: DemoView {
        let views = Self.allCases
        return views[(views.firstIndex(of: self)! + 1) % views.count]
    }
}
