/// The Korean catalog: every phrase as the program says it in Korean. Names inside a sentence take their
/// particle from `KoreanParticle` (락 L을, 락 lock을, worker가), which is why catalogs are code.
enum Korean {
    static func text(_ phrase: Phrase) -> String {
        switch phrase {
        // Interface: header, hint line, panes.
        case .step(let number, let total): "\(number)/\(total) 단계"
        case .chapter(let number): "\(number)장"
        case .moreLessons: "더 읽을거리"
        case .hintNext: "다음"
        case .hintBack: "이전"
        case .hintScroll: "스크롤"
        case .hintMenu: "목록"
        case .hintHelp: "도움말"
        case .hintQuit: "끝"
        case .hintFocus: "창 전환"
        case .hintNotes: "노트"
        case .focusLesson: "레슨"
        case .focusDemo: "데모"
        case .demoTitle(let title): "데모: " + title
        case .demoPlaceholder: "이 단계의 데모가 여기에 나옵니다."
        case .noDemoHere: "이 단계에는 데모가 없습니다."
        case .terminalTooSmall(let size, let need):
            "터미널이 너무 작습니다: \(size). 최소 크기는 \(need)입니다. 창을 키우거나 q를 눌러 끝내세요."

        // Interface: questions.
        case .question: "문제"
        case .chooseHint(let count): "1-\(count)을 눌러 고르고 Enter로 확정하세요."
        case .correct: "정답입니다!"
        case .wrong: "아쉽네요. 다른 답을 골라 보세요."
        case .chooseFirst(let count): "먼저 1-\(count)으로 답을 고르세요."
        case .onlyChoices(let count): "선택지는 \(count)개뿐입니다."

        // Interface: lesson menu.
        case .menuTitle: "레슨 목록"
        case .filter: "검색: "
        case .noMatch: "맞는 레슨이 없습니다."
        case .brokenTag: "(오류 있음)"
        case .completedTag: "완료"
        case .cannotOpenBroken(let problem): "이 레슨에는 오류가 있습니다: " + problem
        case .menuHint: "Enter 열기  Esc 닫기  입력하면 검색"

        // Interface: help overlay, resume, status line, presenter.
        case .helpTitle: "키"
        case .helpFooter: "Esc 또는 ?로 닫기"
        case .helpMore: "아래에 더 있음: j / PgDn"
        case .resumeTitle: "다시 오셨네요"
        case .resumeQuestion(let lesson, let step): "\"\(lesson)\" \(step)단계부터 계속할까요?"
        case .resumeYesKeys: "y / Enter  계속"
        case .resumeNoKeys: "n / Esc    처음부터"
        case .progressCorrupt(let path): "진행 기록 파일을 읽을 수 없어 \(path)(으)로 옮기고 새로 시작합니다."
        case .progressFailed(let reason): "진행 기록을 저장하지 못했습니다: \(reason)"
        case .endOfCourse: "과정의 마지막 단계입니다. 수고하셨어요!"
        case .firstStep: "첫 단계입니다."
        case .nowIn(let lesson): "레슨: " + lesson
        case .noLessons: "레슨을 찾지 못했습니다."
        case .lessonHasErrors: "이 레슨에는 오류가 있습니다:"
        case .notesTitle: "발표자 노트"
        case .noNotes: "이 단계에는 노트가 없습니다."

        // Keys help: section headings.
        case .sectionSteps: "단계"
        case .sectionScrolling: "스크롤"
        case .sectionDemo: "데모"
        case .sectionQuestions: "문제"
        case .sectionPresenter: "발표자 모드"
        case .sectionGeneral: "일반"
        case .sectionMenu: "레슨 목록"

        // Keys help: what a key does.
        case .keyNextStep: "다음 단계"
        case .keyPreviousStep: "이전 단계"
        case .keyScrollUp: "위로 스크롤"
        case .keyScrollDown: "아래로 스크롤"
        case .keyPageUp: "한 쪽 위로"
        case .keyPageDown: "한 쪽 아래로"
        case .keyGoToTop: "맨 위로"
        case .keyGoToBottom: "맨 아래로"
        case .keySwitchFocus: "레슨 / 데모 창 전환"
        case .keyPlayPause: "재생 / 일시정지"
        case .keyStepForward: "전이 하나 앞으로"
        case .keyStepBack: "전이 하나 뒤로"
        case .keyNextOfThread: "선택한 스레드의 다음 전이"
        case .keyPreviousOfThread: "선택한 스레드의 이전 전이"
        case .keyFaster: "빠르게"
        case .keySlower: "느리게"
        case .keyRestartDemo: "데모 처음부터"
        case .keySwitchMode: "시뮬레이션 / 실제 스레드"
        case .keyNewSeed: "새 시드 (시뮬레이션)"
        case .keyNextDemo: "이 단계의 다음 데모"
        case .keySwitchDemoView: "상태판/레인/기록/전부 보기"
        case .keySelectThread: "스레드 선택"
        case .keyLessonMenu: "레슨 목록"
        case .keyHelp: "도움말"
        case .keyQuit: "끝내기"
        case .keySuspend: "일시 중단 (fg로 복귀)"
        case .keyRedraw: "화면 다시 그리기"
        case .keyChooseAnswer: "답 고르기"
        case .keyConfirmAnswer: "답 확정"
        case .keyNextStepClicker: "다음 단계 (리모컨)"
        case .keyPreviousStepClicker: "이전 단계 (리모컨)"
        case .keyToggleNotes: "발표자 노트 보기 / 숨기기"
        case .keyHideNotes: "노트 숨기기"
        case .keyMenuUp: "위로"
        case .keyMenuDown: "아래로"
        case .keyOpenLesson: "레슨 열기"
        case .keyDeleteFilterCharacter: "검색어 한 글자 지우기"
        case .keyCloseMenu: "닫기 (입력하면 검색)"
        case .keyCloseHelp: "도움말 닫기"
        case .keyResumeYes: "멈춘 곳에서 계속"
        case .keyResumeNo: "처음부터 시작"

        // Demo pane.
        case .demoSimulated: "시뮬레이션"
        case .demoLive: "실제 스레드"
        case .demoPlaying: "재생 중"
        case .demoPaused: "멈춤"
        case .demoFinished: "끝"
        case .demoAsking: "답할 차례"
        case .demoRecording: "기록 중"
        case .demoSeed(let seed): "시드 \(seed)"
        case .ticks: "틱"
        case .demoCore(let number): "코어 \(number)"
        case .demoHoldsGIL: "GIL 보유"
        case .demoNotStarted: "아직 시작 전"
        case .demoGone: "없음"
        case .demoCores: "코어"
        case .demoIdle: "빔"
        case .demoFree: "비어 있음"
        case .demoLock(let name): "락 \(name)"
        case .demoWaiting(let names): "대기: \(names)"
        case .demoThreadCount(let count): "스레드 \(count)개"
        case .demoQueue(let pool): "\(pool) 대기열"
        case .demoEmpty: "비어 있음"
        case .demoFutures: "퓨처"
        case .futurePending: "대기"
        case .futureRunning: "실행 중"
        case .futureDone: "완료"
        case .readNotWritten(let thread, let value): "\(thread): \(value) 읽음, 아직 안 씀"
        case .demoKernelThreads: "커널 스레드"
        case .tooManyCores(let wanted, let machine):
            "이 데모는 코어 \(wanted)개를 쓰지만 이 컴퓨터에는 \(machine)개뿐이라 실제 스레드가 나눠 씁니다"
        case .nothingYet: "아직 아무 일도 없습니다."
        case .startKeys: "space: 재생, .: 한 단계"
        case .recentTransitions: "최근 전이"
        case .legendTerminated: "(빈칸)"
        case .predictPrompt(let thread, let state): "예측: \(thread)의 다음 상태는? 지금은 \(state)."
        case .predictFocus: "(퀴즈가 열려 있으면 먼저 Tab)"
        case .predictOnlyWay: "갈 곳은 하나뿐: 1, Enter"
        case .predictKeys(let count): "1-\(count) 고르기, Enter 확정"
        case .predictWrong(let state): "\(state) 아님 - 다시 골라 보세요."
        case .predictRight: "맞았어요:"
        case .predictAfterTries: "정답:"
        case .continueHint: "space: 계속"
        case .answerFirst: "먼저 질문에 답하세요 (1-9, Enter)."
        case .liveUnavailable: "여기서는 실제 스레드 모드를 쓸 수 없습니다."
        case .liveFailed: "실제 스레드를 시작하지 못했습니다."
        case .seedOnlySimulated: "새 시드는 시뮬레이션 모드에서만 (v)."
        case .demoSwitched(let index, let count, let title): "데모 \(index)/\(count): \(title)"

        // Thread states.
        case .stateCreated: "생성됨"
        case .stateReady: "준비"
        case .stateRunning: "실행 중"
        case .stateBlocked: "대기(블록)"
        case .stateTerminated: "종료됨"

        // Reasons.
        case .reasonStarted: "시작됨"
        case .reasonDispatched(let core): "코어 \(core)에 배정됨"
        case .reasonSliceUsedUp: "타임 슬라이스 소진"
        case .reasonGILHandedOver(let to, let after): "\(after) 뒤 GIL을 \(to)에게 넘김"
        case .reasonGotGIL(let from): "\(from)에게서 GIL을 받음"
        case .reasonWaitingForGIL: "GIL을 기다림"
        case .reasonWaitingForIO: "I/O를 기다림"
        case .reasonIODone: "I/O 완료"
        case .reasonSleeping: "잠자는 중"
        case .reasonWokeUp: "깨어남"
        case .reasonWaitingForLock(let lock, let holder):
            "락 \(KoreanParticle.object(lock)) 기다림 (\(KoreanParticle.subject(holder)) 보유 중)"
        case .reasonGotLock(let lock): "락 \(KoreanParticle.object(lock)) 얻음"
        case .reasonWaitingForEvent(let event): "이벤트 \(KoreanParticle.object(event)) 기다림"
        case .reasonEventSet(let event): "이벤트 \(KoreanParticle.subject(event)) 설정됨"
        case .reasonWaitingForThread(let thread): "\(thread)의 종료를 기다림"
        case .reasonThreadFinished(let thread): "\(thread) 종료됨"
        case .reasonWaitingForResult(let task): "\(task)의 결과를 기다림"
        case .reasonResultReady(let task): "\(task)의 결과가 준비됨"
        case .reasonWaitingForWork: "작업을 기다림"
        case .reasonGotTask(let task): "작업 \(KoreanParticle.object(task)) 받음"
        case .reasonWaitingForPool(let pool): "풀 \(pool)의 작업이 끝나기를 기다림"
        case .reasonPoolShutDown(let pool): "풀 \(pool) 종료됨"
        case .reasonPoolClosing(let pool): "풀 \(KoreanParticle.subject(pool)) 종료하는 중"
        case .reasonWaitingForKernelThread: "커널 스레드를 기다림"
        case .reasonFinished: "끝남"

        // Exporters.
        case .summary(let makespan, let percent): "전체 시간 \(makespan), CPU 사용률 \(percent)%"
        case .counters(let list): "카운터: " + list
        case .deadlock(let details): "교착 상태 — " + details
        case .stuck(let details): "멈춤 — " + details
        case .legend(let items): "범례: " + items
        case .tableTime: "시간"
        case .tableChanges: "변화"

        // Command line.
        case .printedStep(let index, let count): "단계 \(index)/\(count)"
        case .questionLabel: "문제: "
        case .answerLabel: "정답: "
        case .resetQuestion(let path): "\(path)의 진행 기록을 모두 지울까요? [y/N] "
        case .resetNothingChanged: "그대로 둡니다."
        case .resetDone: "진행 기록을 지웠습니다."
        case .listBrokenMark: "오류 있음: 'threadtutor check'로 확인하세요"
        case .listNoLessons(let folder): "\(folder)에 레슨이 없습니다"
        case .checkSummary(let lessons, let languages, let folder, let problems):
            "\(folder)에서 레슨 \(lessons)개(\(languages))를 검사했습니다: 문제 \(problems)개"

        // Command line: errors and notices.
        case .unknownLesson(let name, let suggestions):
            "'\(name)' 레슨을 찾을 수 없습니다"
                + (suggestions.isEmpty ? "" : " — 혹시 \(suggestions.quoted(joinedBy: " 또는 "))인가요?")
                + " (목록은 'threadtutor list')"
        case .ambiguousLesson(let name, let candidates):
            "'\(name)'에 맞는 레슨이 여럿입니다: \(candidates.quoted(joinedBy: ", ")) — 이름을 더 입력하세요"
        case .lessonsFolderNotFound:
            "레슨 폴더를 찾을 수 없습니다. --lessons DIR로 지정하거나 THREADTUTOR_LESSONS를 설정하세요"
        case .checkFolderNotFound: "레슨 폴더를 찾을 수 없습니다. 'threadtutor check DIR'처럼 폴더를 지정하세요"
        case .noCourseFolder(let path): "코스 폴더가 없습니다: \(path)"
        case .courseWithoutLessons(let folder): "\(folder)의 코스에 레슨이 하나도 없습니다"
        case .lessonWithoutDemo(let lesson): "'\(lesson)' 레슨에는 데모가 없습니다"
        case .noSuchDemo(let lesson, let count, let number):
            "'\(lesson)' 레슨의 데모는 \(count)개뿐입니다. #\(number) 데모는 없습니다"
        case .demoBroken(let number, let lesson, let problems):
            "'\(lesson)' 레슨의 데모 #\(number)에 오류가 있습니다:\n\(problems)"
        case .cannotReadScenario(let path): "시나리오 파일을 읽을 수 없습니다: \(path)"
        case .scenarioProblems(let problems): "시나리오에 문제가 있습니다:\n\(problems)"
        case .timelineInvalid(let issues): "타임라인이 올바르지 않습니다:\n\(issues)"
        case .demoNeedsMoreCores(let wanted, let machine):
            "이 데모는 코어 \(wanted)개를 쓰지만 이 컴퓨터에는 \(machine)개뿐입니다"
        case .threadsRefused: "시스템이 데모 스레드 생성을 거부했습니다"
        case .liveDemoTimedOut(let seconds): "실제 스레드 데모가 \(seconds)초 안에 끝나지 않아 중단했습니다"
        case .fullScreenUnavailable(let reason): "전체 화면을 쓸 수 없습니다(\(reason)). 레슨을 텍스트로 출력합니다."
        case .terminalNotATerminal: "터미널이 아님"
        case .terminalCannotDraw(let term): "TERM=\(term) 터미널은 화면을 그릴 수 없음"
        case .terminalUnknown(let term): "ncurses가 모르는 터미널 종류: TERM=\(term)"
        case .terminalCannotMoveCursor(let term): "TERM=\(term) 터미널은 커서를 옮길 수 없음"
        case .frameSizeFormat: "크기는 120x40 같은 형식이어야 합니다"
        }
    }
}
