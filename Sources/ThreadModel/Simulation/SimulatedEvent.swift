/// A `threading.Event` while the simulator runs.
struct SimulatedEvent {
    var isSet = false
    var waiters: [ThreadID] = []
}
