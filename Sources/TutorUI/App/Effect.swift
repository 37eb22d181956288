import ProgressStore
import ThreadModel

/// Work `update` asks the app loop to do; the core itself never does IO.
public enum Effect: Hashable, Sendable {
    case quit
    /// Send `.tick(stamp:)` after `milliseconds`. Arming replaces any earlier timer.
    case armTick(stamp: Int, milliseconds: Int)
    /// Stop sending ticks.
    case cancelTick
    case recordProgress(ProgressChange)
    /// Give the terminal back to the shell (Ctrl-Z); the loop sends `.resumed` afterwards.
    case suspend
    /// Repaint every cell (Ctrl-L, after a resume).
    case fullRedraw
    /// Run `scenario` on real threads, `timeScale` real µs per scenario µs; its news comes back as
    /// `Message.live(run, …)`.
    case startLive(RunID, Scenario, timeScale: Double)
    /// Run a Python program under the tracer (the learner pressed `x` on a lesson's example, or `trace` opened
    /// the pane); its recording comes back as `Message.live(run, .traced(…))`. Stopped with `stopLive(run)`.
    case startTrace(RunID, TraceRequest)
    /// End every thread of a run (a traced program: kill and reap its process group); when the effect has
    /// been carried out none is left.
    case stopLive(RunID)
}
