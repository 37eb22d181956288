/// A live barrier (touched only under the scheduler's lock): this round's arrivals, and whether a timeout
/// broke it for good.
struct LiveBarrierState: Sendable {
    var arrived: [Int] = []
    var broken = false
}
