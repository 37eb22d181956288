/// The one table of key bindings. Behaviour, the help overlay and the tests all read it, so what help
/// says is what the keys do.
public struct KeyTable: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action for a key, searching contexts in order (the first is the most specific). Hangul jamo from
    /// a Korean input method are read as the Latin key in the same place.
    public func action(for key: Key, in contexts: [KeyContext]) -> KeyAction? {
        for context in contexts {
            if let hit = lookup(key, context) ?? lookup(HangulLayout.normalize(key), context) { return hit }
        }
        return nil
    }

    /// Bindings of one context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }

    private func lookup(_ key: Key, _ context: KeyContext) -> KeyAction? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.action
    }

    public static let standard = KeyTable(bindings: lessonBindings + questionBindings + presenterBindings
        + menuBindings + helpBindings + resumeBindings)

    private static let digits: [Key] = (1...9).map { .character(Character(String($0))) }

    private static let lessonBindings: [KeyBinding] = [
        KeyBinding([.right, .character("l"), .character("n"), .enter], .lesson, .steps,
                   en: "next step", ko: "다음 단계", .nextStep),
        KeyBinding([.left, .character("h"), .character("p")], .lesson, .steps,
                   en: "previous step", ko: "이전 단계", .previousStep),
        KeyBinding([.up, .character("k"), .wheelUp], .lesson, .scrolling,
                   en: "scroll up", ko: "위로 스크롤", .scrollUp),
        KeyBinding([.down, .character("j"), .wheelDown], .lesson, .scrolling,
                   en: "scroll down", ko: "아래로 스크롤", .scrollDown),
        KeyBinding([.pageUp], .lesson, .scrolling, en: "page up", ko: "한 쪽 위로", .pageUp),
        KeyBinding([.pageDown], .lesson, .scrolling, en: "page down", ko: "한 쪽 아래로", .pageDown),
        KeyBinding([.character("g"), .home], .lesson, .scrolling, en: "go to top", ko: "맨 위로", .scrollTop),
        KeyBinding([.character("G"), .end], .lesson, .scrolling, en: "go to bottom", ko: "맨 아래로",
                   .scrollBottom),
        KeyBinding([.tab, .backTab], .lesson, .scrolling, en: "focus lesson / demo pane",
                   ko: "레슨 / 데모 창 전환", .switchFocus),
        KeyBinding([.character(" ")], .lesson, .demo, en: "play / pause", ko: "재생 / 일시정지",
                   .demo(.playPause)),
        KeyBinding([.character(".")], .lesson, .demo, en: "one transition forward", ko: "전이 하나 앞으로",
                   .demo(.stepForward)),
        KeyBinding([.character(",")], .lesson, .demo, en: "one transition back", ko: "전이 하나 뒤로",
                   .demo(.stepBack)),
        KeyBinding([.character("]")], .lesson, .demo, en: "next transition of selected thread",
                   ko: "선택한 스레드의 다음 전이", .demo(.nextOfThread)),
        KeyBinding([.character("[")], .lesson, .demo, en: "previous transition of selected thread",
                   ko: "선택한 스레드의 이전 전이", .demo(.previousOfThread)),
        KeyBinding([.character("+"), .character("=")], .lesson, .demo, en: "faster", ko: "빠르게", .demo(.faster)),
        KeyBinding([.character("-")], .lesson, .demo, en: "slower", ko: "느리게", .demo(.slower)),
        KeyBinding([.character("r")], .lesson, .demo, en: "restart demo", ko: "데모 처음부터", .demo(.restart)),
        KeyBinding([.character("v")], .lesson, .demo, en: "simulated / live", ko: "시뮬레이션 / 실제 스레드",
                   .demo(.switchMode)),
        KeyBinding([.character("s")], .lesson, .demo, en: "new seed (simulated)", ko: "새 시드 (시뮬레이션)",
                   .demo(.newSeed)),
        KeyBinding([.character("d")], .lesson, .demo, en: "next demo of this step", ko: "이 단계의 다음 데모",
                   .demo(.nextDemo)),
    ] + digits.enumerated().map { index, key in
        KeyBinding([key], .lesson, .demo, en: "select thread", ko: "스레드 선택", .demo(.selectThread(index + 1)),
                   label: "1-9")
    } + [
        KeyBinding([.character("m")], .lesson, .general, en: "lesson menu", ko: "레슨 목록", .openMenu),
        KeyBinding([.character("?")], .lesson, .general, en: "help", ko: "도움말", .openHelp),
        KeyBinding([.character("q"), .control("c")], .lesson, .general, en: "quit", ko: "끝내기", .quit),
        KeyBinding([.control("z")], .lesson, .general, en: "suspend (fg resumes)", ko: "일시 중단 (fg로 복귀)",
                   .suspend),
        KeyBinding([.control("l")], .lesson, .general, en: "redraw the screen", ko: "화면 다시 그리기", .redraw),
    ]

    private static let questionBindings: [KeyBinding] = digits.enumerated().map { index, key in
        KeyBinding([key], .question, .questions, en: "choose an answer", ko: "답 고르기", .answer(index + 1),
                   label: "1-9")
    } + [
        KeyBinding([.enter], .question, .questions, en: "confirm the answer", ko: "답 확정", .confirm),
    ]

    private static let presenterBindings: [KeyBinding] = [
        KeyBinding([.pageDown], .presenter, .presenter, en: "next step (clicker)", ko: "다음 단계 (리모컨)", .nextStep),
        KeyBinding([.pageUp], .presenter, .presenter, en: "previous step (clicker)", ko: "이전 단계 (리모컨)",
                   .previousStep),
        KeyBinding([.character("N")], .presenter, .presenter, en: "speaker notes on / off", ko: "발표자 노트 보기 / 숨기기",
                   .toggleNotes),
        KeyBinding([.escape], .presenter, .presenter, en: "hide notes", ko: "노트 숨기기", .closeOverlay),
    ]

    private static let menuBindings: [KeyBinding] = [
        KeyBinding([.up, .control("p"), .wheelUp], .menu, .menu, en: "move up", ko: "위로", .menuUp),
        KeyBinding([.down, .control("n"), .wheelDown], .menu, .menu, en: "move down", ko: "아래로", .menuDown),
        KeyBinding([.pageUp], .menu, .menu, en: "page up", ko: "한 쪽 위로", .menuPageUp),
        KeyBinding([.pageDown], .menu, .menu, en: "page down", ko: "한 쪽 아래로", .menuPageDown),
        KeyBinding([.enter], .menu, .menu, en: "open lesson", ko: "레슨 열기", .menuOpen),
        KeyBinding([.backspace], .menu, .menu, en: "delete filter character", ko: "검색어 한 글자 지우기",
                   .menuDeleteFilter),
        KeyBinding([.escape], .menu, .menu, en: "close (type to filter)", ko: "닫기 (입력하면 검색)", .closeOverlay),
        KeyBinding([.control("c")], .menu, .menu, en: "quit", ko: "끝내기", .quit),
    ]

    private static let helpBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k"), .wheelUp], .help, .general, en: "scroll up", ko: "위로 스크롤", .scrollUp),
        KeyBinding([.down, .character("j"), .wheelDown], .help, .general, en: "scroll down", ko: "아래로 스크롤",
                   .scrollDown),
        KeyBinding([.pageUp], .help, .general, en: "page up", ko: "한 쪽 위로", .pageUp),
        KeyBinding([.pageDown, .character(" ")], .help, .general, en: "page down", ko: "한 쪽 아래로", .pageDown),
        KeyBinding([.escape, .character("?"), .character("q")], .help, .general, en: "close help",
                   ko: "도움말 닫기", .closeOverlay),
        KeyBinding([.control("c")], .help, .general, en: "quit", ko: "끝내기", .quit),
    ]

    private static let resumeBindings: [KeyBinding] = [
        KeyBinding([.character("y"), .enter], .resume, .general, en: "continue where you stopped",
                   ko: "멈춘 곳에서 계속", .resumeYes),
        KeyBinding([.character("n"), .escape], .resume, .general, en: "start from the beginning",
                   ko: "처음부터 시작", .resumeNo),
        KeyBinding([.character("q"), .control("c")], .resume, .general, en: "quit", ko: "끝내기", .quit),
    ]
}
