import TutorBasics

/// Why a thread changed state: a kind plus its subjects (lock, holder, duration…), stored as data and
/// turned into a sentence only when shown, so every language and exporter reads the same facts.
/// Subjects are names, not ids, so a reason can be read without its timeline.
public enum Reason: Hashable, Sendable {
    /// created → ready.
    case started
    /// ready → running on a core (numbered from 1).
    case dispatched(core: Int)
    /// running → ready: the round-robin slice ran out and another thread wanted the core.
    case sliceUsedUp
    /// running → ready under the GIL: the switch interval passed and the GIL went to `to`.
    case gilHandedOver(to: String, afterMicros: Int64)
    /// ready → running: received the GIL from a thread that had to let it go.
    case gotGIL(from: String)
    /// The thread is ready but the GIL is held by `holder` (a resource-event reason).
    case waitingForGIL
    /// running → blocked for `io D`.
    case waitingForIO
    /// blocked → ready after I/O.
    case ioDone
    /// running → blocked for `sleep D`.
    case sleeping
    /// blocked → ready after a sleep.
    case wokeUp
    /// running → blocked on a lock held by `holder`.
    case waitingForLock(lock: String, holder: String)
    /// blocked → ready: the lock was handed over.
    case gotLock(lock: String)
    /// running → blocked on an event that is not set.
    case waitingForEvent(event: String)
    /// blocked → ready: the event was set.
    case eventSet(event: String)
    /// running → blocked in `join T`.
    case waitingForThread(thread: String)
    /// blocked → ready: the joined thread finished.
    case threadFinished(thread: String)
    /// running → blocked in `result TASK` (or `map`).
    case waitingForResult(task: String)
    /// blocked → ready: the awaited result is there.
    case resultReady(task: String)
    /// A pool worker with an empty queue: running → blocked.
    case waitingForWork
    /// blocked → ready: a pool worker took a task from the queue.
    case gotTask(task: String)
    /// running → blocked in `shutdown POOL` until the pool's work is done.
    case waitingForPool(pool: String)
    /// blocked → ready: the pool finished its work and its workers ended.
    case poolShutDown(pool: String)
    /// blocked → ready: the pool is shutting down, so an idle worker wakes to end.
    case poolClosing(pool: String)
    /// Many-to-one / many-to-many: the thread cannot get a kernel thread (a sibling's system call holds it).
    case waitingForKernelThread
    /// running → terminated.
    case finished

    /// A stable machine-readable name for the kind (used in JSON and chrome-trace).
    public var kind: String {
        switch self {
        case .started: "started"
        case .dispatched: "dispatched"
        case .sliceUsedUp: "slice-used-up"
        case .gilHandedOver: "gil-handed-over"
        case .gotGIL: "got-gil"
        case .waitingForGIL: "waiting-for-gil"
        case .waitingForIO: "waiting-for-io"
        case .ioDone: "io-done"
        case .sleeping: "sleeping"
        case .wokeUp: "woke-up"
        case .waitingForLock: "waiting-for-lock"
        case .gotLock: "got-lock"
        case .waitingForEvent: "waiting-for-event"
        case .eventSet: "event-set"
        case .waitingForThread: "waiting-for-thread"
        case .threadFinished: "thread-finished"
        case .waitingForResult: "waiting-for-result"
        case .resultReady: "result-ready"
        case .waitingForWork: "waiting-for-work"
        case .gotTask: "got-task"
        case .waitingForPool: "waiting-for-pool"
        case .poolShutDown: "pool-shut-down"
        case .poolClosing: "pool-closing"
        case .waitingForKernelThread: "waiting-for-kernel-thread"
        case .finished: "finished"
        }
    }

    /// The reason as a sentence a learner reads.
    public func sentence(in language: Language) -> String {
        switch language {
        case .en: english
        case .ko: korean
        }
    }

    private var english: String {
        switch self {
        case .started: "started"
        case .dispatched(let core): "dispatched to core \(core)"
        case .sliceUsedUp: "time slice used up"
        case .gilHandedOver(let to, let after): "GIL handed to \(to) after \(DurationText.format(after))"
        case .gotGIL(let from): "got the GIL from \(from)"
        case .waitingForGIL: "waiting for the GIL"
        case .waitingForIO: "waiting for I/O"
        case .ioDone: "I/O done"
        case .sleeping: "sleeping"
        case .wokeUp: "woke up"
        case .waitingForLock(let lock, let holder): "waiting for lock \(lock) held by \(holder)"
        case .gotLock(let lock): "got lock \(lock)"
        case .waitingForEvent(let event): "waiting for event \(event)"
        case .eventSet(let event): "event \(event) set"
        case .waitingForThread(let thread): "waiting for \(thread) to finish"
        case .threadFinished(let thread): "\(thread) finished"
        case .waitingForResult(let task): "waiting for result of \(task)"
        case .resultReady(let task): "result of \(task) ready"
        case .waitingForWork: "waiting for work"
        case .gotTask(let task): "got task \(task)"
        case .waitingForPool(let pool): "waiting for pool \(pool) to finish its work"
        case .poolShutDown(let pool): "pool \(pool) shut down"
        case .poolClosing(let pool): "pool \(pool) is shutting down"
        case .waitingForKernelThread: "waiting for a kernel thread"
        case .finished: "finished"
        }
    }

    private var korean: String {
        switch self {
        case .started: "시작됨"
        case .dispatched(let core): "코어 \(core)에 배정됨"
        case .sliceUsedUp: "타임 슬라이스 소진"
        case .gilHandedOver(let to, let after): "\(DurationText.format(after)) 뒤 GIL을 \(to)에게 넘김"
        case .gotGIL(let from): "\(from)에게서 GIL을 받음"
        case .waitingForGIL: "GIL을 기다림"
        case .waitingForIO: "I/O를 기다림"
        case .ioDone: "I/O 완료"
        case .sleeping: "잠자는 중"
        case .wokeUp: "깨어남"
        case .waitingForLock(let lock, let holder): "락 \(KoreanParticle.object(lock)) 기다림 (\(KoreanParticle.subject(holder)) 보유 중)"
        case .gotLock(let lock): "락 \(KoreanParticle.object(lock)) 얻음"
        case .waitingForEvent(let event): "이벤트 \(KoreanParticle.object(event)) 기다림"
        case .eventSet(let event): "이벤트 \(KoreanParticle.subject(event)) 설정됨"
        case .waitingForThread(let thread): "\(thread)의 종료를 기다림"
        case .threadFinished(let thread): "\(thread) 종료됨"
        case .waitingForResult(let task): "\(task)의 결과를 기다림"
        case .resultReady(let task): "\(task)의 결과가 준비됨"
        case .waitingForWork: "작업을 기다림"
        case .gotTask(let task): "작업 \(KoreanParticle.object(task)) 받음"
        case .waitingForPool(let pool): "풀 \(pool)의 작업이 끝나기를 기다림"
        case .poolShutDown(let pool): "풀 \(pool) 종료됨"
        case .poolClosing(let pool): "풀 \(KoreanParticle.subject(pool)) 종료하는 중"
        case .waitingForKernelThread: "커널 스레드를 기다림"
        case .finished: "끝남"
        }
    }
}
