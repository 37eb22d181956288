import ThreadModel
import TutorBasics

extension ThreadDemo {
    /// A pane that plays a timeline recorded elsewhere (a traced Python program): nothing to simulate and no live
    /// run to start. Shown as live, because its threads were real; the playback keys work as for any demo.
    public init(recorded timeline: Timeline, scenario: Scenario, title: String, language: Language = .en) {
        self.init(scenario: scenario, title: title, language: language, liveAvailable: false)
        simulated = timeline
        recorded = timeline
        mode = .live
        machineCores = timeline.cores
        playback = Playback(rate: Playback.rate(total: timeline.end))
    }
}
