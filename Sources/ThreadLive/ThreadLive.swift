import CThreadShim

/// ThreadLive: runs scenarios on real OS threads. (Placeholder until the live engine lands.)
public enum KernelThread {
    /// The calling thread's kernel id.
    public static func currentID() -> Int32 { tt_gettid() }
}
