/// The English catalog: every phrase as the program says it in English.
enum English {
    static func text(_ phrase: Phrase) -> String {
        switch phrase {
        // Interface: header, hint line, panes.
        case .step(let number, let total): "step \(number)/\(total)"
        case .chapter(let number): "Chapter \(number)"
        case .moreLessons: "More lessons"
        case .hintNext: "next"
        case .hintBack: "back"
        case .hintScroll: "scroll"
        case .hintMenu: "menu"
        case .hintHelp: "help"
        case .hintQuit: "quit"
        case .hintFocus: "focus"
        case .hintNotes: "notes"
        case .focusLesson: "lesson"
        case .focusDemo: "demo"
        case .demoTitle(let title): "Demo: " + title
        case .demoPlaceholder: "The demo for this step appears here."
        case .noDemoHere: "This step has no demo."
        case .terminalTooSmall(let size, let need):
            "Terminal too small: \(size). Need at least \(need). Enlarge the window, or press q to quit."

        // Interface: questions.
        case .question: "Question"
        case .chooseHint(let count): "Press 1-\(count) to choose, Enter to confirm."
        case .correct: "Correct!"
        case .wrong: "Not quite. Try another answer."
        case .chooseFirst(let count): "Choose an answer with 1-\(count) first."
        case .onlyChoices(let count): "There are only \(count) choices."

        // Interface: lesson menu.
        case .menuTitle: "Lessons"
        case .filter: "Filter: "
        case .noMatch: "No lesson matches."
        case .brokenTag: "(has errors)"
        case .completedTag: "done"
        case .cannotOpenBroken(let problem): "This lesson has errors: " + problem
        case .menuHint: "Enter open  Esc close  type to filter"

        // Interface: help overlay, resume, status line, presenter.
        case .helpTitle: "Keys"
        case .helpFooter: "Esc or ? closes help"
        case .helpMore: "more below: scroll with j / PgDn"
        case .resumeTitle: "Welcome back"
        case .resumeQuestion(let lesson, let step): "Continue \"\(lesson)\" at step \(step)?"
        case .resumeYesKeys: "y / Enter  continue"
        case .resumeNoKeys: "n / Esc    start from the beginning"
        case .progressCorrupt(let path):
            "The progress file was unreadable; it is kept as \(path) and a fresh one started."
        case .progressFailed(let reason): "Could not save progress: \(reason)"
        case .endOfCourse: "That was the last step of the course. Well done!"
        case .firstStep: "This is the first step."
        case .nowIn(let lesson): "Lesson: " + lesson
        case .noLessons: "No lessons found."
        case .lessonHasErrors: "This lesson has errors:"
        case .notesTitle: "Speaker notes"
        case .noNotes: "No notes for this step."

        // Keys help: section headings.
        case .sectionSteps: "Steps"
        case .sectionScrolling: "Scrolling"
        case .sectionDemo: "Demo"
        case .sectionQuestions: "Questions"
        case .sectionPresenter: "Presenter mode"
        case .sectionGeneral: "General"
        case .sectionMenu: "Lesson menu"

        // Keys help: what a key does.
        case .keyNextStep: "next step"
        case .keyPreviousStep: "previous step"
        case .keyScrollUp: "scroll up"
        case .keyScrollDown: "scroll down"
        case .keyPageUp: "page up"
        case .keyPageDown: "page down"
        case .keyGoToTop: "go to top"
        case .keyGoToBottom: "go to bottom"
        case .keySwitchFocus: "focus lesson / demo pane"
        case .keyPlayPause: "play / pause"
        case .keyStepForward: "one transition forward"
        case .keyStepBack: "one transition back"
        case .keyNextOfThread: "next transition of selected thread"
        case .keyPreviousOfThread: "previous transition of selected thread"
        case .keyFaster: "faster"
        case .keySlower: "slower"
        case .keyRestartDemo: "restart demo"
        case .keySwitchMode: "simulated / live"
        case .keyNewSeed: "new seed (simulated)"
        case .keyNextDemo: "next demo of this step"
        case .keySelectThread: "select thread"
        case .keyLessonMenu: "lesson menu"
        case .keyHelp: "help"
        case .keyQuit: "quit"
        case .keySuspend: "suspend (fg resumes)"
        case .keyRedraw: "redraw the screen"
        case .keyChooseAnswer: "choose an answer"
        case .keyConfirmAnswer: "confirm the answer"
        case .keyNextStepClicker: "next step (clicker)"
        case .keyPreviousStepClicker: "previous step (clicker)"
        case .keyToggleNotes: "speaker notes on / off"
        case .keyHideNotes: "hide notes"
        case .keyMenuUp: "move up"
        case .keyMenuDown: "move down"
        case .keyOpenLesson: "open lesson"
        case .keyDeleteFilterCharacter: "delete filter character"
        case .keyCloseMenu: "close (type to filter)"
        case .keyCloseHelp: "close help"
        case .keyResumeYes: "continue where you stopped"
        case .keyResumeNo: "start from the beginning"

        // Demo pane.
        case .demoSimulated: "simulated"
        case .demoLive: "live"
        case .demoPlaying: "playing"
        case .demoPaused: "paused"
        case .demoFinished: "end"
        case .demoAsking: "your turn"
        case .demoRecording: "recording"
        case .demoSeed(let seed): "seed \(seed)"
        case .ticks: "ticks"
        case .demoCore(let number): "core \(number)"
        case .demoHoldsGIL: "holds the GIL"
        case .demoNotStarted: "not started yet"
        case .demoGone: "gone"
        case .demoCores: "cores"
        case .demoIdle: "idle"
        case .demoFree: "free"
        case .demoLock(let name): "lock \(name)"
        case .demoWaiting(let names): "waiting: \(names)"
        case .demoQueue(let pool): "\(pool) queue"
        case .demoEmpty: "empty"
        case .demoFutures: "futures"
        case .futurePending: "pending"
        case .futureRunning: "running"
        case .futureDone: "done"
        case .readNotWritten(let thread, let value): "\(thread) read \(value), not written yet"
        case .demoKernelThreads: "kernel threads"
        case .tooManyCores(let wanted, let machine):
            "this demo asks for \(wanted) cores; this machine has \(machine), so real threads share them"
        case .nothingYet: "Nothing has happened yet."
        case .startKeys: "space: play, .: one step"
        case .recentTransitions: "Recent transitions"
        case .legendTerminated: "(blank)"
        case .predictPrompt(let thread, let state): "Predict: where does \(thread) go next? It is \(state) now."
        case .predictFocus: "(quiz open? Tab here first)"
        case .predictOnlyWay: "the only way on: 1, Enter"
        case .predictKeys(let count): "1-\(count) choose, Enter confirm"
        case .predictWrong(let state): "Not \(state) - try again."
        case .predictRight: "Right:"
        case .predictAfterTries: "Got it:"
        case .continueHint: "space: continue"
        case .answerFirst: "Answer the question first (1-9, Enter)."
        case .liveUnavailable: "Live mode is not available here."
        case .liveFailed: "The live threads could not be started."
        case .seedOnlySimulated: "A new seed needs simulated mode (v)."
        case .demoSwitched(let index, let count, let title): "Demo \(index)/\(count): \(title)"

        // Thread states.
        case .stateCreated: "created"
        case .stateReady: "ready"
        case .stateRunning: "running"
        case .stateBlocked: "blocked"
        case .stateTerminated: "terminated"

        // Reasons.
        case .reasonStarted: "started"
        case .reasonDispatched(let core): "dispatched to core \(core)"
        case .reasonSliceUsedUp: "time slice used up"
        case .reasonGILHandedOver(let to, let after): "GIL handed to \(to) after \(after)"
        case .reasonGotGIL(let from): "got the GIL from \(from)"
        case .reasonWaitingForGIL: "waiting for the GIL"
        case .reasonWaitingForIO: "waiting for I/O"
        case .reasonIODone: "I/O done"
        case .reasonSleeping: "sleeping"
        case .reasonWokeUp: "woke up"
        case .reasonWaitingForLock(let lock, let holder): "waiting for lock \(lock) held by \(holder)"
        case .reasonGotLock(let lock): "got lock \(lock)"
        case .reasonWaitingForEvent(let event): "waiting for event \(event)"
        case .reasonEventSet(let event): "event \(event) set"
        case .reasonWaitingForThread(let thread): "waiting for \(thread) to finish"
        case .reasonThreadFinished(let thread): "\(thread) finished"
        case .reasonWaitingForResult(let task): "waiting for result of \(task)"
        case .reasonResultReady(let task): "result of \(task) ready"
        case .reasonWaitingForWork: "waiting for work"
        case .reasonGotTask(let task): "got task \(task)"
        case .reasonWaitingForPool(let pool): "waiting for pool \(pool) to finish its work"
        case .reasonPoolShutDown(let pool): "pool \(pool) shut down"
        case .reasonPoolClosing(let pool): "pool \(pool) is shutting down"
        case .reasonWaitingForKernelThread: "waiting for a kernel thread"
        case .reasonFinished: "finished"

        // Exporters.
        case .summary(let makespan, let percent): "makespan \(makespan), CPU utilisation \(percent)%"
        case .counters(let list): "counters: " + list
        case .deadlock(let details): "deadlock — " + details
        case .stuck(let details): "stuck — " + details
        case .legend(let items): "legend: " + items
        case .tableTime: "time"
        case .tableChanges: "changes"

        // Command line.
        case .printedStep(let index, let count): "step \(index)/\(count)"
        case .questionLabel: "Question: "
        case .answerLabel: "Answer: "
        case .resetQuestion(let path): "Forget all progress in \(path)? [y/N] "
        case .resetNothingChanged: "Nothing changed."
        case .resetDone: "Progress cleared."
        case .listBrokenMark: "broken: run 'threadtutor check'"
        case .listNoLessons(let folder): "no lessons in \(folder)"
        case .checkSummary(let lessons, let languages, let folder, let problems):
            "checked \(lessons) lessons (\(languages)) in \(folder): \(problems) \(problems == 1 ? "problem" : "problems")"

        // Command line: errors and notices.
        case .unknownLesson(let name, let suggestions):
            "no lesson '\(name)'"
                + (suggestions.isEmpty ? "" : " — did you mean \(quoted(suggestions, joinedBy: " or "))?")
                + " (see 'threadtutor list')"
        case .ambiguousLesson(let name, let candidates):
            "'\(name)' could be any of \(quoted(candidates, joinedBy: ", ")) — type more of the name"
        case .lessonsFolderNotFound: "cannot find the lessons folder; pass --lessons DIR or set THREADTUTOR_LESSONS"
        case .checkFolderNotFound: "cannot find the lessons folder; pass it as 'threadtutor check DIR'"
        case .noCourseFolder(let path): "no course folder at \(path)"
        case .courseWithoutLessons(let folder): "the course in \(folder) has no lessons"
        case .lessonWithoutDemo(let lesson): "lesson '\(lesson)' has no demo"
        case .noSuchDemo(let lesson, let count, let number):
            "lesson '\(lesson)' has \(count) demos; there is no #\(number)"
        case .demoBroken(let number, let lesson, let problems): "demo #\(number) of '\(lesson)' is broken:\n\(problems)"
        case .cannotReadScenario(let path): "cannot read scenario file \(path)"
        case .scenarioProblems(let problems): "the scenario has problems:\n\(problems)"
        case .timelineInvalid(let issues): "the timeline is invalid:\n\(issues)"
        case .demoNeedsMoreCores(let wanted, let machine):
            "the demo asks for \(wanted) cores; this machine has \(machine)"
        case .threadsRefused: "the system refused to start the demo's threads"
        case .liveDemoTimedOut(let seconds): "the live demo did not finish within \(seconds) s and was stopped"
        case .fullScreenUnavailable(let reason): "full screen unavailable (\(reason)); printing the lesson."
        case .terminalNotATerminal: "not a terminal"
        case .terminalCannotDraw(let term): "TERM=\(term) cannot draw a screen"
        case .terminalUnknown(let term): "ncurses cannot use TERM=\(term)"
        case .terminalCannotMoveCursor(let term): "TERM=\(term) cannot move the cursor"
        case .frameSizeFormat: "size must look like 120x40"
        }
    }

    /// 'a' or 'b': names quoted as the learner typed them.
    private static func quoted(_ names: [String], joinedBy separator: String) -> String {
        names.map { "'\($0)'" }.joined(separator: separator)
    }
}
