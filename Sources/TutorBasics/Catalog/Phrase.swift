/// Every sentence or word the program shows a learner, by meaning rather than by wording. Each language's
/// catalog (English.swift, Korean.swift) turns a phrase into text with an exhaustive `switch`, so a phrase
/// missing from a catalog is a compile error at that catalog's file and line.
/// What varies is an associated value, already formatted by the caller (durations, sizes), so this bottom
/// target needs no other. One case per line: the catalog tests read this file to list the cases.
public enum Phrase: Hashable, Sendable {
    // MARK: Interface: header, hint line, panes

    /// Header: "step 2/5".
    case step(Int, of: Int)
    /// A chapter without a title of its own: header, menu, printed lessons.
    case chapter(Int)
    /// The chapter of lessons that name no chapter.
    case moreLessons
    case hintNext
    case hintBack
    case hintScroll
    case hintMenu
    case hintHelp
    case hintQuit
    case hintFocus
    case hintNotes
    case focusLesson
    case focusDemo
    case demoTitle(String)
    case demoPlaceholder
    case noDemoHere
    /// Sizes come formatted ("60x20").
    case terminalTooSmall(size: String, need: String)

    // MARK: Interface: questions

    case question
    case chooseHint(count: Int)
    case correct
    case wrong
    case chooseFirst(count: Int)
    case onlyChoices(count: Int)

    // MARK: Interface: lesson menu

    case menuTitle
    case filter
    case noMatch
    case brokenTag
    case cannotOpenBroken(problem: String)
    case menuHint

    // MARK: Interface: help overlay, resume, status line, presenter

    case helpTitle
    case helpFooter
    case helpMore
    case resumeTitle
    case resumeQuestion(lesson: String, step: Int)
    case resumeYesKeys
    case resumeNoKeys
    case progressCorrupt(path: String)
    case progressFailed(reason: String)
    case endOfCourse
    case firstStep
    case nowIn(lesson: String)
    case noLessons
    case lessonHasErrors
    case notesTitle
    case noNotes

    // MARK: Keys help: section headings

    case sectionSteps
    case sectionScrolling
    case sectionDemo
    case sectionQuestions
    case sectionPresenter
    case sectionGeneral
    case sectionMenu

    // MARK: Keys help: what a key does

    case keyNextStep
    case keyPreviousStep
    case keyScrollUp
    case keyScrollDown
    case keyPageUp
    case keyPageDown
    case keyGoToTop
    case keyGoToBottom
    case keySwitchFocus
    case keyPlayPause
    case keyStepForward
    case keyStepBack
    case keyNextOfThread
    case keyPreviousOfThread
    case keyFaster
    case keySlower
    case keyRestartDemo
    case keySwitchMode
    case keyNewSeed
    case keyNextDemo
    case keySwitchDemoView
    case keySelectThread
    case keyLessonMenu
    case keyHelp
    case keyQuit
    case keySuspend
    case keyRedraw
    case keyChooseAnswer
    case keyConfirmAnswer
    case keyNextStepClicker
    case keyPreviousStepClicker
    case keyToggleNotes
    case keyHideNotes
    case keyMenuUp
    case keyMenuDown
    case keyOpenLesson
    case keyDeleteFilterCharacter
    case keyCloseMenu
    case keyCloseHelp
    case keyResumeYes
    case keyResumeNo

    // MARK: Demo pane

    case demoSimulated
    case demoLive
    case demoPlaying
    case demoPaused
    case demoFinished
    case demoAsking
    case demoRecording
    case demoSeed(UInt64)
    /// The time unit of a demo counted in ticks (axis, table, header).
    case ticks
    case demoCore(Int)
    case demoHoldsGIL
    case demoNotStarted
    case demoGone
    case demoCores
    case demoIdle
    case demoFree
    case demoLock(String)
    case demoWaiting(names: String)
    /// A state board box with many threads: how many are in it.
    case demoThreadCount(Int)
    case demoQueue(pool: String)
    case demoEmpty
    case demoFutures
    case demoSemaphore(String)
    /// A `queue.Queue` (a pool's task queue is `demoQueue`).
    case demoItemQueue(String)
    case demoCondition(String)
    case demoBarrier(String)
    case demoArrived(Int, of: Int)
    case demoBarrierBroken
    case demoNobodyWaits
    case futurePending
    case futureRunning
    case futureDone
    /// A thread between the read and the write of a non-atomic increment.
    case readNotWritten(thread: String, value: Int)
    case demoKernelThreads
    case tooManyCores(wanted: Int, machine: Int)
    case nothingYet
    case startKeys
    case recentTransitions
    case legendTerminated
    /// `state` is a state's name, already in the language (see the state phrases).
    case predictPrompt(thread: String, state: String)
    /// Said when the lesson pane has focus: an open quiz of the lesson would take the number keys.
    case predictFocus
    case predictOnlyWay
    case predictKeys(count: Int)
    case predictWrong(state: String)
    case predictRight
    case predictAfterTries
    case continueHint
    case answerFirst
    case liveUnavailable
    case liveFailed
    case seedOnlySimulated
    /// The notice after `d`: "Demo 2/3: title".
    case demoSwitched(index: Int, of: Int, title: String)

    // MARK: Thread states

    case stateCreated
    case stateReady
    case stateRunning
    case stateBlocked
    case stateTerminated

    // MARK: Reasons (why a thread changed state; see ThreadModel's Reason)

    case reasonStarted
    case reasonDispatched(core: Int)
    case reasonSliceUsedUp
    /// `after` is a formatted duration ("5 ms").
    case reasonGILHandedOver(to: String, after: String)
    case reasonGotGIL(from: String)
    case reasonWaitingForGIL
    case reasonWaitingForIO
    case reasonIODone
    case reasonSleeping
    case reasonWokeUp
    case reasonWaitingForLock(lock: String, holder: String)
    case reasonGotLock(lock: String)
    case reasonWaitingForEvent(event: String)
    case reasonEventSet(event: String)
    case reasonWaitingForThread(thread: String)
    case reasonThreadFinished(thread: String)
    case reasonWaitingForResult(task: String)
    case reasonResultReady(task: String)
    case reasonWaitingForWork
    case reasonGotTask(task: String)
    case reasonWaitingForPool(pool: String)
    case reasonPoolShutDown(pool: String)
    case reasonPoolClosing(pool: String)
    case reasonWaitingForKernelThread
    case reasonFinished
    case reasonWaitingForSemaphore(semaphore: String)
    case reasonGotSemaphore(semaphore: String)
    case reasonSemaphoreTimedOut(semaphore: String)
    case reasonLockTimedOut(lock: String)
    case reasonEventTimedOut(event: String)
    case reasonWaitingForCondition(condition: String, lock: String)
    case reasonNotified(condition: String)
    case reasonConditionTimedOut(condition: String)
    case reasonWaitingForRoom(queue: String)
    case reasonGotRoom(queue: String)
    case reasonWaitingForItem(queue: String)
    case reasonGotItem(queue: String, item: String)
    case reasonWaitingForQueueDone(queue: String)
    case reasonQueueDone(queue: String)
    case reasonWaitingAtBarrier(barrier: String, arrived: Int, parties: Int)
    case reasonBarrierPassed(barrier: String)
    case reasonBarrierBroken(barrier: String)
    case reasonUncaughtError(error: String)

    // MARK: Exporters (state table, Gantt chart, summary lines)

    /// `makespan` is a formatted duration.
    case summary(makespan: String, utilisationPercent: Int)
    /// `list` is "x = 1, y = 2".
    case counters(list: String)
    /// `details` lists each thread's wait.
    case deadlock(details: String)
    /// Threads blocked with no wait-for cycle (an event nobody sets).
    case stuck(details: String)
    /// `items` is the glyphs with their state names.
    case legend(items: String)
    case tableTime
    case tableChanges

    // MARK: Command line

    /// The rule above each step of `threadtutor show`.
    case printedStep(Int, of: Int)
    case questionLabel
    case answerLabel
    case resetQuestion(path: String)
    case resetNothingChanged
    case resetDone
    /// `threadtutor list`: the mark after a lesson that has errors (the caller adds the brackets).
    case listBrokenMark
    /// `threadtutor list` of a course without lessons (the caller adds the parentheses).
    case listNoLessons(folder: String)
    /// The summary line of `threadtutor check`; the problems themselves are diagnostics, in English.
    case checkSummary(lessons: Int, languages: String, folder: String, problems: Int)

    // MARK: Command line: errors and notices (on stderr after "threadtutor: "; paths, options and names as given)

    /// A name that matches no lesson; `suggestions` are the closest slugs, at most three, maybe none.
    case unknownLesson(name: String, suggestions: [String])
    /// A prefix that matches several lessons.
    case ambiguousLesson(name: String, candidates: [String])
    case lessonsFolderNotFound
    /// `threadtutor check` found no course folder to check.
    case checkFolderNotFound
    case noCourseFolder(path: String)
    case courseWithoutLessons(folder: String)
    case lessonWithoutDemo(lesson: String)
    case noSuchDemo(lesson: String, count: Int, number: Int)
    /// `problems` are the lesson's diagnostics, one per line.
    case demoBroken(number: Int, lesson: String, problems: String)
    case cannotReadScenario(path: String)
    /// `problems` are the parser's diagnostics, one per line.
    case scenarioProblems(problems: String)
    /// A bug of ours (exit 70): `issues` are the validator's, one per line.
    case timelineInvalid(issues: String)
    /// `threadtutor demo --live` of a demo that wants more cores than the machine has.
    case demoNeedsMoreCores(wanted: Int, machine: Int)
    case threadsRefused
    case liveDemoTimedOut(seconds: Int)
    /// `reason` is one of the terminal phrases below, already in the language.
    case fullScreenUnavailable(reason: String)
    case terminalNotATerminal
    case terminalCannotDraw(term: String)
    case terminalUnknown(term: String)
    case terminalCannotMoveCursor(term: String)
    /// `threadtutor render-frame` given a size it cannot read.
    case frameSizeFormat

    // MARK: Tracing a Python program (`threadtutor trace`)

    case traceStarting
    case traceNeedsProgram
    case traceOneProgram
    case cannotReadFile(path: String)
    case traceTimeoutFormat(text: String)
    /// The heading above the program's kept output; `dropped` earlier lines were not kept.
    case traceOutputHeading(kept: Int, dropped: Int)
    case traceErrorOutputHeading(kept: Int, dropped: Int)
    /// How the program ended.
    case traceFinished
    case traceExited(status: Int)
    case traceKilled(signal: Int)
    case traceTimedOut
    case traceDeadlocked
    case traceStopped
    /// Notes after a trace.
    case traceNoTracer
    case traceForkedChild(pid: Int)
    case traceGILOff
    case traceUnreadableLines(Int)
    case traceOutputTrimmed(limit: Int, dropped: Int)
    case traceErrorOutputTrimmed(limit: Int, dropped: Int)
    case traceThreadRaised(thread: String, text: String)
    /// Why no trace could be made at all; `reason` is the system's own words (strerror).
    case traceNoPipe(reason: String)
    case traceCannotRun(python: String, reason: String)
    case traceNoBootstrap(path: String)

    /// Wake-up preemption (`Reason.preemptedByWakeup`). Added last: inserting it after `reasonSliceUsedUp` made the
    /// test binary crash destroying a Phrase (Swift 6.3.1, debug build), so new cases go at the end for now.
    case reasonPreemptedByWakeup(thread: String)

    // MARK: Running a lesson's example under the tracer (after the others: see the note above)

    /// The line under every runnable Python block of a lesson.
    case runExampleHint
    /// Help text for `x`.
    case keyRunExample
    /// `x` with no runnable example on the screen.
    case noRunnableExample
    /// `x` where the app cannot trace.
    case traceUnavailable
    /// The pane's title for a lesson example being traced.
    case traceExampleTitle(step: Int)
    /// The status line after `x`.
    case traceStarted(example: Int)
    /// Above the output region while the program runs.
    case traceRunning
    case traceOutput
    case traceOutputDropped(count: Int)
    case traceNoOutput
    case traceFailed(reason: String)
    /// `v` or `s` on a traced program: it has no simulation.
    case traceHasNoSimulation
    /// A challenge move refused: the thread has run all its steps.
    case challengeThreadFinished(thread: String)
    /// A challenge move refused: nobody has started the thread yet.
    case challengeThreadNotStarted(thread: String)
    /// A challenge move refused: the thread is blocked, and why (a `reason…` phrase).
    indirect case challengeThreadBlocked(thread: String, reason: Phrase)
    /// A challenge move refused: the learner pressed a number with no thread.
    case challengeNoSuchThread(number: Int)

    // MARK: The challenge pane and `threadtutor challenges` (after the others: see the note above)

    /// The challenge pane's title.
    case challengeTitle(number: Int)
    /// The goals in words.
    case challengeGoalCounter(counter: String, value: Int)
    case challengeGoalDeadlock
    case challengeGoalCriticalSection(section: String)
    case challengeGoalStarve(thread: String, moves: Int)
    case challengeGoalEmptyPop(queue: String)
    /// "Goal: …", the goal a `challengeGoal…` phrase.
    indirect case challengeGoalLine(goal: Phrase)
    /// The move count.
    case challengeMoves(Int)
    /// What a thread holds (names come joined) or that it holds nothing.
    case challengeHolds(names: String)
    case challengeHoldsNothing
    /// A thread between the read and the write of an `increment`.
    case challengeReadWillWrite(read: Int, write: Int)
    /// Shared state.
    case challengeShared
    case challengeCounterValue(counter: String, value: Int)
    case challengeLockHeld(lock: String, holder: String)
    case challengeLockFree(lock: String)
    case challengeEventSet(event: String)
    case challengeEventNotSet(event: String)
    case challengeSemaphoreValue(semaphore: String, value: Int)
    /// The last move, its op as the scenario writes it.
    case challengeLastMove(thread: String, op: String)
    case challengeNoMoveYet
    /// Hints, one more per `h`.
    case challengeHint(number: Int, of: Int, text: String)
    case challengeNoHints
    case challengeNoMoreHints(count: Int)
    /// How a play ends.
    case challengeSolved(moves: Int)
    case challengeStuck
    case challengeAllDone
    /// Status after `u` and `r`.
    case challengeUndone(moves: Int)
    case challengeNothingToUndo
    case challengeRestarted
    /// The keys line at the foot of the pane; `count` threads.
    case challengeKeys(count: Int)
    /// Presenter mode: the class votes, the teacher plays.
    case challengeVote
    /// Help for the challenge keys, and their section.
    case sectionChallenge
    case keyChallengeRun
    case keyChallengeUndo
    case keyChallengeRestart
    case keyChallengeHint
    /// `threadtutor challenges`.
    case challengesNone
    case challengeResultSolved(moves: Int)
    case challengeResultOpen
    case challengeResultBroken
    case challengesSummary(solved: Int, total: Int)
    case challengeInLesson(number: Int)
    case reasonLockReleased(lock: String)
    case reasonSemaphoreReleased(semaphore: String)
    case reasonItemArrived(queue: String)
    /// When a move happened in a demo counted in ticks: "tick 16" (the header says "16 / 16 ticks").
    case demoAtTick(String)
    /// A challenge move that ran only the read half of `count += 1`: the write is the thread's next move.
    case challengeLastMoveRead(thread: String, counter: String, value: Int)
}
