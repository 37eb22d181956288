import CThreadShim

/// The calling thread as the kernel knows it.
public enum KernelThread {
    /// The calling thread's kernel id (gettid).
    public static func currentID() -> Int32 { tt_gettid() }
}
