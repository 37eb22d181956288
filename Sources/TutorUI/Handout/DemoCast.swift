import Foundation
import TextKernel
import ThreadModel
import TutorBasics

/// `threadtutor demo X --format cast`: the demo pane playing, as an asciinema v2 recording (a JSON header line,
/// then one `[seconds, "o", text]` line per frame). Frames come from the pane's own pure renderer at the app's
/// frame rate; each event carries only the cells that changed (`BufferDiff`), written as ANSI.
public enum DemoCast {
    /// Frames after the last one in which something moved, so the end stays on screen before a player loops.
    static let holdFrames = 20
    /// A run that never finishes (a hang) stops being recorded here.
    static let maximumFrames = 3_000

    public static func render(_ timeline: Timeline, scenario: Scenario, language: Language, size: Size,
                              asciiOnly: Bool = false) -> String {
        var quiet = scenario
        quiet.predict = .none  // a recording cannot answer questions
        var demo = ThreadDemo(scenario: quiet, language: language)
        demo.simulated = timeline
        demo.playback = Playback(rate: Playback.rate(total: timeline.end))
        _ = demo.perform(.playPause)
        let context = DemoContext(language: language, glyphs: asciiOnly ? .ascii : .unicode, asciiOnly: asciiOnly,
                                  focused: true, present: false)
        let header: [String: Any] = [
            "version": 2, "width": size.width, "height": size.height,
            "title": demo.title.isEmpty ? "threadtutor" : demo.title,
            "env": ["TERM": "xterm-256color", "SHELL": "/bin/sh"],
        ]
        var lines = [json(header)]
        var previous: Buffer?
        var frame = 0
        var still = 0
        while still <= holdFrames, frame < maximumFrames {
            var buffer = Buffer(size: size)
            demo.draw(into: &buffer, area: buffer.area, context: context)
            let runs = BufferDiff.runs(from: previous, to: buffer)
            if !runs.isEmpty {
                let prefix = previous == nil ? "\u{1B}[?25l\u{1B}[H\u{1B}[2J" : ""
                lines.append(event(seconds: Double(frame * Model.frameMilliseconds) / 1_000, prefix + ansi(runs)))
            }
            previous = buffer
            if demo.isPlaying { demo.advance(milliseconds: Model.frameMilliseconds) } else { still += 1 }
            frame += 1
        }
        // The cursor below the picture, as a program leaves it when it exits: `asciinema play` in a terminal then
        // prints its own end (and the shell its prompt) under the last frame instead of over its last rows.
        lines.append(event(seconds: Double(frame * Model.frameMilliseconds) / 1_000,
                           "\u{1B}[0m\u{1B}[\(size.height);1H\r\n\u{1B}[?25h"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cursor moves and SGR for each run of changed cells.
    static func ansi(_ runs: [CellRun]) -> String {
        var output = ""
        var current: Style?
        for run in runs {
            output += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
            for cell in run.cells where !cell.text.isEmpty {
                if cell.style != current {
                    output += "\u{1B}[" + ([0] + HandoutPalette.sgr(cell.style)).map(String.init).joined(separator: ";") + "m"
                    current = cell.style
                }
                output += cell.text
            }
        }
        return output + "\u{1B}[0m"
    }

    private static func event(seconds: Double, _ text: String) -> String {
        "[" + String(format: "%.3f", seconds) + ", \"o\", " + JSONText.quote(text) + "]"
    }

    private static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
