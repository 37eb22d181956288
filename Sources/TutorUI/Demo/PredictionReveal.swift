/// The explanation after a right prediction; shown while its transition is still the latest one.
public struct PredictionReveal: Hashable, Sendable {
    public var seq: Int
    /// How many wrong tries came first.
    public var wrongTries: Int
}
