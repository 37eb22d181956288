/// Something the simulator has scheduled for a future instant. `epoch` ties an event to one stretch of a
/// thread's life, so an event made stale by a preemption or a block is ignored.
enum SimulationEvent {
    /// A compute (or increment) chunk ends, or the time slice does.
    case checkpoint(ThreadID, epoch: Int)
    /// I/O or sleep is over.
    case wake(ThreadID, epoch: Int)
    /// A `start: 5ms` thread starts by itself (or a `start: immediately` one at 0).
    case autoStart(ThreadID)
    /// A thread has waited a switch interval for the GIL: the holder must hand it over.
    case gilDrop(holdEpoch: Int)
    /// A wait with a timeout ran out (ignored when the thread was woken before).
    case timeout(ThreadID, epoch: Int)
}
