/// One recorded happening: a thread transition or a resource event.
enum LiveEntry: Hashable, Sendable {
    case transition(thread: Int, from: LiveState, to: LiveState, core: Int?, reason: LiveReason)
    case resource(LiveResourceEvent)
}
