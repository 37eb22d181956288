import ThreadModel
import TutorBasics

/// A traced Python program in the pane. The tracer rebuilds its timeline from everything it has received, so
/// each progress replaces the recording whole; the playback cursor stays where it was, so playing follows the
/// program as it runs and, once it has ended, the same keys step, rewind and jump on the finished recording.
extension ThreadDemo {
    /// A pane waiting for a traced program's first snapshot, paused until it comes (the model arms its frame
    /// timer when playback starts); it then plays in real time (1 µs per µs).
    init(tracing title: String, language: Language) {
        var scenario = Scenario()
        scenario.title = title
        self.init(scenario: scenario, title: title, language: language, liveAvailable: false)
        recorded = Timeline(cores: 1)
        mode = .live
        playback = Playback(rate: 1_000)
    }

    /// Takes the latest snapshot of the traced program's recording.
    mutating func replaceRecording(_ timeline: Timeline) {
        recorded = timeline
        machineCores = timeline.cores
        if selected >= timeline.threads.count { selected = max(0, timeline.threads.count - 1) }
    }

    /// Plays the finished recording again from the start, at a pace that shows it in about twelve seconds
    /// (a short program traced in real time would flash by).
    mutating func replayRecording() {
        let total = timeline.end
        playback = Playback(rate: Playback.rate(total: total))
        playback.isPlaying = true
    }
}
