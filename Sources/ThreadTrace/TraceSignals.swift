import Glibc

/// The traced program's process group, for the signal handler: when threadtutor itself gets Ctrl-C or SIGTERM
/// the group is killed and reaped before threadtutor dies of the same signal (the program, in a group of its
/// own, does not get the terminal's Ctrl-C).
nonisolated(unsafe) private var tracedGroup: pid_t = 0

enum TraceSignals {
    static func install(group: pid_t) {
        tracedGroup = group
        let handler: @convention(c) (Int32) -> Void = { signal in
            let group = tracedGroup
            if group > 0 {
                kill(-group, SIGKILL)
                waitpid(group, nil, 0)
            }
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        signal(SIGHUP, handler)
        // A parent may have started us with these blocked (they are inherited); a blocked SIGTERM would leave
        // the program running to its timeout.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    static func uninstall() {
        tracedGroup = 0
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
    }
}
