/// A barrier while the simulator runs: this round's arrivals, and whether a timeout broke it for good.
struct SimulatedBarrier {
    var arrived: [ThreadID] = []
    var broken = false
}
