import Glibc

/// Starts real pthreads. The entry point is a plain function declared here (not a closure literal),
/// because Swift 6 treats a closure written in main.swift as main-actor code and traps when a pthread runs it.
enum OSThread {
    /// Small stacks so hundreds of live threads stay cheap; scenario work needs little stack.
    static let stackSize = 1 << 20

    /// Starts `body` on a new joinable thread; nil when the system refuses.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(OSThreadBody(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        guard pthread_create(&thread, &attributes, osThreadEntry, box) == 0 else {
            Unmanaged<OSThreadBody>.fromOpaque(box).release()
            return nil
        }
        return thread
    }

    static func join(_ thread: pthread_t) { pthread_join(thread, nil) }
}

private func osThreadEntry(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<OSThreadBody>.fromOpaque(context).takeRetainedValue().run()
    return nil
}
