/// The closure a new thread runs, boxed so it can cross pthread_create's `void *`.
final class OSThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
