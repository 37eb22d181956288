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
        + challengeBindings + menuBindings + helpBindings + resumeBindings)

    /// The table as it reads while a challenge pane is shown: the challenge's keys listed with the lesson's
    /// (so help, which lists the lesson context, shows them) and the lesson keys they shadow taken away, so
    /// what help says is what the keys do. Lookups in `[.challenge, .lesson]` give the same actions either way.
    public var withChallengeKeys: KeyTable {
        let challenge = bindings(in: .challenge)
        let shadowed = Set(challenge.flatMap(\.keys))
        var result: [KeyBinding] = []
        for binding in bindings {
            if binding.context == .lesson {
                var kept = binding
                kept.keys = binding.keys.filter { !shadowed.contains($0) }
                if !kept.keys.isEmpty { result.append(kept) }
            } else {
                result.append(binding)
            }
        }
        let lessonView = challenge.map { binding -> KeyBinding in
            var copy = binding
            copy.context = .lesson
            return copy
        }
        return KeyTable(bindings: lessonView + result)
    }

    private static let digits: [Key] = (1...9).map { .character(Character(String($0))) }

    private static let lessonBindings: [KeyBinding] = [
        KeyBinding([.right, .character("l"), .character("n"), .enter], .lesson, .steps,
                   help: .keyNextStep, .nextStep),
        KeyBinding([.left, .character("h"), .character("p")], .lesson, .steps,
                   help: .keyPreviousStep, .previousStep),
        KeyBinding([.up, .character("k"), .wheelUp], .lesson, .scrolling,
                   help: .keyScrollUp, .scrollUp),
        KeyBinding([.down, .character("j"), .wheelDown], .lesson, .scrolling,
                   help: .keyScrollDown, .scrollDown),
        KeyBinding([.pageUp], .lesson, .scrolling, help: .keyPageUp, .pageUp),
        KeyBinding([.pageDown], .lesson, .scrolling, help: .keyPageDown, .pageDown),
        KeyBinding([.character("g"), .home], .lesson, .scrolling, help: .keyGoToTop, .scrollTop),
        KeyBinding([.character("G"), .end], .lesson, .scrolling, help: .keyGoToBottom, .scrollBottom),
        KeyBinding([.tab, .backTab], .lesson, .scrolling, help: .keySwitchFocus, .switchFocus),
        KeyBinding([.character(" ")], .lesson, .demo, help: .keyPlayPause, .demo(.playPause)),
        KeyBinding([.character(".")], .lesson, .demo, help: .keyStepForward, .demo(.stepForward)),
        KeyBinding([.character(",")], .lesson, .demo, help: .keyStepBack, .demo(.stepBack)),
        KeyBinding([.character("]")], .lesson, .demo, help: .keyNextOfThread, .demo(.nextOfThread)),
        KeyBinding([.character("[")], .lesson, .demo, help: .keyPreviousOfThread, .demo(.previousOfThread)),
        KeyBinding([.character("+"), .character("=")], .lesson, .demo, help: .keyFaster, .demo(.faster)),
        KeyBinding([.character("-")], .lesson, .demo, help: .keySlower, .demo(.slower)),
        KeyBinding([.character("r")], .lesson, .demo, help: .keyRestartDemo, .demo(.restart)),
        KeyBinding([.character("v")], .lesson, .demo, help: .keySwitchMode, .demo(.switchMode)),
        KeyBinding([.character("s")], .lesson, .demo, help: .keyNewSeed, .demo(.newSeed)),
        KeyBinding([.character("d")], .lesson, .demo, help: .keyNextDemo, .demo(.nextDemo)),
        KeyBinding([.character("x")], .lesson, .demo, help: .keyRunExample, .runExample),
        KeyBinding([.character("b")], .lesson, .demo, help: .keySwitchDemoView, .demo(.switchView)),
    ] + digits.enumerated().map { index, key in
        KeyBinding([key], .lesson, .demo, help: .keySelectThread, .demo(.selectThread(index + 1)),
                   label: "1-9")
    } + [
        KeyBinding([.character("m")], .lesson, .general, help: .keyLessonMenu, .openMenu),
        KeyBinding([.character("?")], .lesson, .general, help: .keyHelp, .openHelp),
        KeyBinding([.character("q"), .control("c")], .lesson, .general, help: .keyQuit, .quit),
        KeyBinding([.control("z")], .lesson, .general, help: .keySuspend, .suspend),
        KeyBinding([.control("l")], .lesson, .general, help: .keyRedraw, .redraw),
    ]

    private static let questionBindings: [KeyBinding] = digits.enumerated().map { index, key in
        KeyBinding([key], .question, .questions, help: .keyChooseAnswer, .answer(index + 1),
                   label: "1-9")
    } + [
        KeyBinding([.enter], .question, .questions, help: .keyConfirmAnswer, .confirm),
    ]

    private static let presenterBindings: [KeyBinding] = [
        KeyBinding([.pageDown], .presenter, .presenter, help: .keyNextStepClicker, .nextStep),
        KeyBinding([.pageUp], .presenter, .presenter, help: .keyPreviousStepClicker, .previousStep),
        KeyBinding([.character("N")], .presenter, .presenter, help: .keyToggleNotes, .toggleNotes),
        KeyBinding([.escape], .presenter, .presenter, help: .keyHideNotes, .closeOverlay),
    ]

    /// The scheduler's seat: a thread's number runs it one step; `u`, `r`, `h` undo, restart and hint.
    private static let challengeBindings: [KeyBinding] = digits.enumerated().map { index, key in
        KeyBinding([key], .challenge, .challenge, help: .keyChallengeRun, .challenge(.run(index + 1)), label: "1-9")
    } + [
        KeyBinding([.character("u")], .challenge, .challenge, help: .keyChallengeUndo, .challenge(.undo)),
        KeyBinding([.character("r")], .challenge, .challenge, help: .keyChallengeRestart, .challenge(.restart)),
        KeyBinding([.character("h")], .challenge, .challenge, help: .keyChallengeHint, .challenge(.hint)),
    ]

    private static let menuBindings: [KeyBinding] = [
        KeyBinding([.up, .control("p"), .wheelUp], .menu, .menu, help: .keyMenuUp, .menuUp),
        KeyBinding([.down, .control("n"), .wheelDown], .menu, .menu, help: .keyMenuDown, .menuDown),
        KeyBinding([.pageUp], .menu, .menu, help: .keyPageUp, .menuPageUp),
        KeyBinding([.pageDown], .menu, .menu, help: .keyPageDown, .menuPageDown),
        KeyBinding([.enter], .menu, .menu, help: .keyOpenLesson, .menuOpen),
        KeyBinding([.backspace], .menu, .menu, help: .keyDeleteFilterCharacter, .menuDeleteFilter),
        KeyBinding([.escape], .menu, .menu, help: .keyCloseMenu, .closeOverlay),
        KeyBinding([.control("c")], .menu, .menu, help: .keyQuit, .quit),
    ]

    private static let helpBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k"), .wheelUp], .help, .general, help: .keyScrollUp, .scrollUp),
        KeyBinding([.down, .character("j"), .wheelDown], .help, .general, help: .keyScrollDown, .scrollDown),
        KeyBinding([.pageUp], .help, .general, help: .keyPageUp, .pageUp),
        KeyBinding([.pageDown, .character(" ")], .help, .general, help: .keyPageDown, .pageDown),
        KeyBinding([.escape, .character("?"), .character("q")], .help, .general, help: .keyCloseHelp, .closeOverlay),
        KeyBinding([.control("c")], .help, .general, help: .keyQuit, .quit),
    ]

    private static let resumeBindings: [KeyBinding] = [
        KeyBinding([.character("y"), .enter], .resume, .general, help: .keyResumeYes, .resumeYes),
        KeyBinding([.character("n"), .escape], .resume, .general, help: .keyResumeNo, .resumeNo),
        KeyBinding([.character("q"), .control("c")], .resume, .general, help: .keyQuit, .quit),
    ]
}
