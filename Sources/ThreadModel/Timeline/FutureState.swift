/// A pool task's future, as `concurrent.futures` names its states.
public enum FutureState: String, Hashable, Sendable, Codable {
    case pending, running, done
}
