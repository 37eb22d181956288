/// A one-off message for the status line (returned by `perform`).
public enum DemoNotice: Hashable, Sendable {
    case liveUnavailable
    case liveFailed
    case seedOnlySimulated
    case answerFirst

    func text(_ text: DemoText) -> String {
        switch self {
        case .liveUnavailable: text.liveUnavailable
        case .liveFailed: text.liveFailed
        case .seedOnlySimulated: text.seedOnlySimulated
        case .answerFirst: text.answerFirst
        }
    }
}
