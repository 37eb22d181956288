/// A figure of ours that could not be measured: the bench prints why and exits non-zero.
/// (An anchor that cannot run is not this: it is reported "unavailable" inside the row.)
struct Unmeasurable: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
