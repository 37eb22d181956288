/// A backend for tests: events come from a script, drawings are kept, and the screen prints as quoted
/// rows so trailing spaces show in snapshots. Waiting for a timeout moves a manual clock instead of
/// sleeping.
public struct TestBackend: TerminalBackend {
    public enum Step: Hashable, Sendable {
        case key(Key)
        case resize(Size)
        /// Let the armed timer run out (the clock advances by the timeout).
        case wait
    }

    public private(set) var size: Size
    public private(set) var buffer: Buffer
    public private(set) var drawCount = 0
    public private(set) var suspendCount = 0
    public private(set) var invalidateCount = 0
    private var script: [Step]
    private let clock: ManualClock

    public init(size: Size, script: [Step] = [], clock: ManualClock = ManualClock()) {
        self.size = size
        buffer = Buffer(size: size)
        self.script = script
        self.clock = clock
    }

    public mutating func draw(_ buffer: Buffer) {
        self.buffer = buffer
        drawCount += 1
    }

    public mutating func invalidate() { invalidateCount += 1 }
    public mutating func suspend() { suspendCount += 1 }

    public mutating func nextEvent(timeoutMilliseconds: Int?) -> BackendEvent? {
        guard !script.isEmpty else { return .endOfInput }
        switch script.removeFirst() {
        case .key(let key): return .key(key)
        case .resize(let newSize):
            size = newSize
            return .resize(newSize)
        case .wait:
            if let timeoutMilliseconds { clock.advance(by: timeoutMilliseconds) }
            return nil
        }
    }

    /// The screen as text: one quoted row per line.
    public var screen: String { Self.quoted(buffer) }

    /// Any buffer as quoted rows; with `styles`, each row is followed by its style mask.
    public static func quoted(_ buffer: Buffer, styles: Bool = false) -> String {
        (0..<buffer.size.height).map { y in
            let row = "\"" + buffer.rowText(y) + "\""
            return styles ? row + "\n " + buffer.rowMask(y) : row
        }.joined(separator: "\n")
    }
}
