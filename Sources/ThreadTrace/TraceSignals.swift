import Foundation
import Glibc

/// The traced programs' process groups, for the signal handler: when threadtutor itself gets Ctrl-C, SIGTERM or
/// SIGHUP every traced group is killed and reaped before the signal goes on to the handler that was there
/// before (the UI's, which restores the terminal; else the default, so threadtutor dies of the same signal).
/// A program runs in a group of its own, so it does not get the terminal's Ctrl-C itself.
/// Plain memory, allocated before the handler is installed: the handler may only read it.
nonisolated(unsafe) private let tracedGroups = UnsafeMutablePointer<pid_t>.allocate(capacity: TraceSignals.slots)
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

enum TraceSignals {
    static let slots = 16
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered = 0

    static func install(group: pid_t) {
        lock.withLock {
            if registered == 0 {
                tracedGroups.initialize(repeating: 0, count: slots)
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { signal in
                    for slot in 0..<16 where tracedGroups[slot] > 0 {
                        kill(-tracedGroups[slot], SIGKILL)
                        waitpid(tracedGroups[slot], nil, 0)
                    }
                    // Hands the signal on: it is blocked while this handler runs, so the previous handler (or
                    // the default action) takes it as soon as this one returns.
                    sigaction(signal, previousActions + Int(signal), nil)
                    raise(signal)
                }
                sigemptyset(&action.sa_mask)
                for signal in signals { sigaction(signal, &action, previousActions + Int(signal)) }
                // A parent may have started us with these blocked (they are inherited); a blocked SIGTERM would
                // leave the program running to its timeout.
                var set = sigset_t()
                sigemptyset(&set)
                for signal in signals { sigaddset(&set, signal) }
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
            }
            if let free = (0..<slots).first(where: { tracedGroups[$0] == 0 }) { tracedGroups[free] = group }
            registered += 1
        }
    }

    static func uninstall(group: pid_t) {
        lock.withLock {
            if let slot = (0..<slots).first(where: { tracedGroups[$0] == group }) { tracedGroups[slot] = 0 }
            registered -= 1
            if registered == 0 {
                for signal in signals { sigaction(signal, previousActions + Int(signal), nil) }
            }
        }
    }
}
