import ThreadModel

/// Which threads are on their way between two states of the board, and how far along. A pure function of the
/// timeline, the cursor and the playback speed: a transition's token travels for `frames` frames of playback
/// after its time, so the same cursor always draws the same picture (no clock).
struct BoardMotion: Equatable {
    let transition: Transition
    /// 0 as the thread leaves its old state, approaching 1 as it arrives.
    let progress: Double

    /// Frames a token takes to travel an arrow.
    static let frames = 4

    /// The moves under way at the cursor, one per thread at most.
    static func moves(_ frame: DemoFrame) -> [BoardMotion] {
        // A finished run has arrived: nothing travels at its end.
        guard !frame.atEnd else { return [] }
        let span = travelTime(frame)
        let now = frame.cursor.time
        return frame.snapshot.lastTransitions.compactMap { transition in
            guard let transition, transition.from != transition.to else { return nil }
            let elapsed = now - transition.time
            guard elapsed >= 0, elapsed < span else { return nil }
            return BoardMotion(transition: transition, progress: Double(elapsed) / Double(span))
        }
    }

    /// The timeline microseconds `frames` frames of playback cover at the current speed (at least 1).
    static func travelTime(_ frame: DemoFrame) -> Int64 {
        let playback = frame.demo.playback
        let perFrame = playback.rate * playback.speed * Double(frameMilliseconds)
        return max(1, Int64((perFrame * Double(frames)).rounded()))
    }

    /// The app's frame length (the tick the app loop arms while playing).
    static var frameMilliseconds: Int { Model.frameMilliseconds }
}
