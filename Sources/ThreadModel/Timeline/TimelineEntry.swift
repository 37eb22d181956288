/// One step of a timeline, for a playback cursor that moves entry by entry through both lists in `seq` order.
public enum TimelineEntry: Hashable, Sendable {
    case transition(Transition)
    case event(ResourceEvent)

    public var seq: Int {
        switch self {
        case .transition(let transition): transition.seq
        case .event(let event): event.seq
        }
    }

    public var time: Int64 {
        switch self {
        case .transition(let transition): transition.time
        case .event(let event): event.time
        }
    }
}
