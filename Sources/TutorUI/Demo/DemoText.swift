import ThreadModel
import TutorBasics

/// Every word the demo pane says, in English and Korean. State names and reasons come from ThreadModel.
struct DemoText: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ en: String, _ ko: String) -> String { language == .ko ? ko : en }

    func state(_ state: ThreadState) -> String { state.name(in: language) }

    // Header.
    var simulated: String { pick("simulated", "시뮬레이션") }
    var live: String { pick("live", "실제 스레드") }
    var playing: String { pick("playing", "재생 중") }
    var paused: String { pick("paused", "멈춤") }
    var finished: String { pick("end", "끝") }
    var asking: String { pick("your turn", "답할 차례") }
    var recording: String { pick("recording", "기록 중") }
    func seed(_ seed: UInt64) -> String { pick("seed \(seed)", "시드 \(seed)") }
    var ticks: String { pick("ticks", "틱") }

    // Lanes and details.
    func core(_ number: Int) -> String { pick("core \(number)", "코어 \(number)") }
    var holdsGIL: String { pick("holds the GIL", "GIL 보유") }
    var notStarted: String { pick("not started yet", "아직 시작 전") }
    var kernelTID: String { "tid" }
    var gone: String { pick("gone", "없음") }

    // Resources.
    var cores: String { pick("cores", "코어") }
    var idle: String { pick("idle", "빔") }
    var gil: String { "GIL" }
    var free: String { pick("free", "비어 있음") }
    func lock(_ name: String) -> String { pick("lock \(name)", "락 \(name)") }
    func waiting(_ names: String) -> String { pick("waiting: \(names)", "대기: \(names)") }
    func queue(_ pool: String) -> String { pick("\(pool) queue", "\(pool) 대기열") }
    var empty: String { pick("empty", "비어 있음") }
    var futures: String { pick("futures", "퓨처") }
    func future(_ state: FutureState) -> String {
        switch state {
        case .pending: pick("pending", "대기")
        case .running: pick("running", "실행 중")
        case .done: pick("done", "완료")
        }
    }
    /// A thread between the read and the write of a non-atomic increment.
    func readNotWritten(_ thread: String, _ value: Int) -> String {
        pick("\(thread) read \(value), not written yet", "\(thread): \(value) 읽음, 아직 안 씀")
    }
    var kernelThreads: String { pick("kernel threads", "커널 스레드") }
    func tooManyCores(_ wanted: Int, _ machine: Int) -> String {
        pick("this demo asks for \(wanted) cores; this machine has \(machine), so real threads share them",
             "이 데모는 코어 \(wanted)개를 쓰지만 이 컴퓨터에는 \(machine)개뿐이라 실제 스레드가 나눠 씁니다")
    }

    // Event line and legend.
    var nothingYet: String { pick("Nothing has happened yet.", "아직 아무 일도 없습니다.") }
    var startKeys: String { pick("space: play, .: one step", "space: 재생, .: 한 단계") }
    var recent: String { pick("Recent transitions", "최근 전이") }
    var legendTerminated: String { pick("(blank)", "(빈칸)") }

    // Predictions.
    func predictPrompt(_ thread: String, _ now: ThreadState) -> String {
        pick("Predict: where does \(thread) go next? It is \(state(now)) now.",
             "예측: \(thread)의 다음 상태는? 지금은 \(state(now)).")
    }
    /// Said when the lesson pane has focus: an open quiz of the lesson would take the number keys.
    var predictFocus: String { pick("(quiz open? Tab here first)", "(퀴즈가 열려 있으면 먼저 Tab)") }
    func predictKeys(_ count: Int) -> String {
        if count == 1 { return pick("the only way on: 1, Enter", "갈 곳은 하나뿐: 1, Enter") }
        return pick("1-\(count) choose, Enter confirm", "1-\(count) 고르기, Enter 확정")
    }
    func predictWrong(_ state: ThreadState) -> String {
        pick("Not \(self.state(state)) - try again.", "\(self.state(state)) 아님 - 다시 골라 보세요.")
    }
    var predictRight: String { pick("Right:", "맞았어요:") }
    var predictAfterTries: String { pick("Got it:", "정답:") }
    var continueHint: String { pick("space: continue", "space: 계속") }
    var answerFirst: String { pick("Answer the question first (1-9, Enter).", "먼저 질문에 답하세요 (1-9, Enter).") }

    // Modes.
    var liveUnavailable: String { pick("Live mode is not available here.", "여기서는 실제 스레드 모드를 쓸 수 없습니다.") }
    var liveFailed: String { pick("The live threads could not be started.", "실제 스레드를 시작하지 못했습니다.") }
    var seedOnlySimulated: String { pick("A new seed needs simulated mode (v).", "새 시드는 시뮬레이션 모드에서만 (v).") }
}
