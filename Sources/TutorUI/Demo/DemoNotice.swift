import TutorBasics

/// A one-off message for the status line (returned by `perform`).
public enum DemoNotice: Hashable, Sendable {
    case liveUnavailable
    case liveFailed
    case seedOnlySimulated
    case answerFirst

    var phrase: Phrase {
        switch self {
        case .liveUnavailable: .liveUnavailable
        case .liveFailed: .liveFailed
        case .seedOnlySimulated: .seedOnlySimulated
        case .answerFirst: .answerFirst
        }
    }
}
