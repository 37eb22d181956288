import LessonKit
import ProgressStore
import TextKernel

/// Applies one message to the model and returns the effects the app loop should carry out.
/// Pure: no IO, no clock; the same model and messages always give the same result.
public func update(_ model: inout Model, _ message: Message) -> [Effect] {
    model.update(message)
}

extension Model {
    public mutating func update(_ message: Message) -> [Effect] {
        let effects = handle(message)
        refreshLessonText()
        return effects
    }

    private mutating func handle(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            status = nil
            if let action = keys.action(for: key, in: keyContexts) { return perform(action) }
            if case .menu = overlay, case .character(let c) = key { typeIntoMenu(c) }
            return []
        case .resize(let newSize):
            size = newSize
            clampLessonScroll()
            return []
        case .tick(let stamp, let elapsed):
            guard stamp == tickStamp, demo != nil else { return [] }
            demo?.advance(milliseconds: elapsed)
            return tickEffects(wasPlaying: true, rearm: true)
        case .resumed:
            return [.fullRedraw]
        case .notice(let text):
            status = StyledLine(text, Style(.warning, bold: true))
            return []
        case .live(let run, let news):
            return receive(news, for: run)
        case .quit:
            return stopLiveRuns() + [.quit]
        }
    }

    /// Carries out one action from the key table.
    public mutating func perform(_ action: KeyAction) -> [Effect] {
        switch action {
        case .nextStep: return goStep(by: 1)
        case .previousStep: return goStep(by: -1)
        case .scrollUp: return scroll(.scrollUp, by: -1)
        case .scrollDown: return scroll(.scrollDown, by: 1)
        case .pageUp: return scroll(.pageUp, by: -pageSize)
        case .pageDown: return scroll(.pageDown, by: pageSize)
        case .scrollTop: return scroll(.scrollTop, by: Int.min / 2)
        case .scrollBottom: return scroll(.scrollBottom, by: Int.max / 2)
        case .switchFocus:
            if demo != nil { focus = focus == .lesson ? .demo : .lesson }
            return []
        case .demo(let demoAction): return forwardToDemo(demoAction)
        case .challenge(let command): return forwardToChallenge(command)
        case .runExample: return runExample()
        case .answer(let number): return answer(number)
        case .confirm: return confirm()
        case .openMenu:
            // The menu marks broken lessons: read every lesson's body here (once), not while drawing.
            _ = lessons.map(\.isBroken)
            overlay = .menu(MenuState(selected: lesson == nil ? nil : lessonIndex))
            return []
        case .openHelp:
            overlay = .help(scroll: 0)
            return []
        case .toggleNotes:
            overlay = overlay == .notes ? nil : .notes
            return []
        case .closeOverlay:
            overlay = nil
            return []
        case .quit: return stopLiveRuns() + [.quit]
        case .suspend: return [.suspend]
        case .redraw: return [.fullRedraw]
        case .menuUp: return moveMenu(by: -1)
        case .menuDown: return moveMenu(by: 1)
        case .menuPageUp: return moveMenu(by: -10)
        case .menuPageDown: return moveMenu(by: 10)
        case .menuOpen: return openSelectedLesson()
        case .menuDeleteFilter:
            guard case .menu(var menu) = overlay, !menu.filter.isEmpty else { return [] }
            menu.filter.removeLast()
            overlay = .menu(reselect(menu))
            return []
        case .resumeYes:
            guard case .resume(let saved, let step) = overlay else { return [] }
            overlay = nil
            lessonIndex = saved
            let stops = enterStep(step - 1)
            return stops + [.cancelTick] + positionEffects()
        case .resumeNo:
            overlay = nil
            return []
        }
    }

    // MARK: Steps

    /// Moves by one step, crossing into the next or previous lesson (skipping broken ones) at the ends.
    mutating func goStep(by delta: Int) -> [Effect] {
        guard let lesson else { return [] }
        let target = stepIndex + delta
        if lesson.steps.indices.contains(target) {
            let stops = enterStep(target)
            return stops + [.cancelTick] + positionEffects()
        }
        let direction = delta > 0 ? 1 : -1
        var index = lessonIndex + direction
        while lessons.indices.contains(index), lessons[index].isBroken || lessons[index].steps.isEmpty {
            index += direction
        }
        guard lessons.indices.contains(index) else {
            status = StyledLine(delta > 0 ? say(.endOfCourse) : say(.firstStep), Style(.accent, bold: true))
            return []
        }
        lessonIndex = index
        let stops = enterStep(delta > 0 ? 0 : lessons[index].steps.count - 1)
        status = StyledLine(say(.nowIn(lesson: lessons[index].title)), Style(.accent, bold: true))
        return stops + [.cancelTick] + positionEffects()
    }

    /// Records the position and, on a lesson's last step, its completion, as the policy allows.
    mutating func positionEffects() -> [Effect] {
        guard policy != .none, let lesson else { return [] }
        var changes = [ProgressChange.position(LessonPosition(lesson: lesson.slug, step: stepIndex + 1))]
        if policy == .full, stepIndex == lesson.steps.count - 1, !progress.isCompleted(lesson.slug) {
            changes.append(.completed(lesson: lesson.slug))
        }
        changes.forEach { progress.apply($0) }
        return changes.map { .recordProgress($0) }
    }

    // MARK: Scrolling

    /// The lesson pane's text, as currently laid out: the cache when it is current (always, after `update`),
    /// else laid out afresh, so a model changed by hand still draws right.
    public var lessonContent: LessonContent {
        let key = lessonTextKey
        if let lessonText, lessonText.isCurrent(for: self, key: key) { return lessonText.content }
        return LessonContent(model: self, width: key.width)
    }

    /// What the lesson text's layout depends on now. The text's width does not depend on how many lines it
    /// has (only the panes' heights do), so a layout made without the text gives it.
    var lessonTextKey: LessonTextCache.Key {
        let width = Layout.make(size: size, hasDemo: demo != nil, present: options.present)?.lessonText.width ?? size.width
        return LessonTextCache.Key(lesson: lessonIndex, step: stepIndex, width: width, language: options.language,
                                   asciiOnly: options.asciiOnly, present: options.present)
    }

    /// Lays out the lesson text again if the step, width or language changed (or adds the questions again if
    /// their answers did); otherwise keeps what was laid out.
    mutating func refreshLessonText() {
        let key = lessonTextKey
        guard var cache = lessonText else {
            lessonText = LessonTextCache(model: self, key: key)
            return
        }
        lessonText = nil  // the copy being refreshed is then the only one
        cache.refresh(for: self, key: key)
        lessonText = cache
    }

    var lessonViewportHeight: Int { max(1, layout?.lessonText.height ?? 1) }
    var pageSize: Int { max(1, (overlay.map { _ in HelpView.bodyHeight(size) } ?? lessonViewportHeight) - 1) }

    mutating func scroll(_ demoAction: DemoAction, by delta: Int) -> [Effect] {
        if case .help(let offset) = overlay {
            let maximum = max(0, HelpView.rowCount(self) - HelpView.bodyHeight(size))
            overlay = .help(scroll: min(max(0, offset.addingClamped(delta)), maximum))
            return []
        }
        if focus == .demo, demo != nil { return forwardToDemo(demoAction) }
        lessonScroll = lessonScroll.addingClamped(delta)
        clampLessonScroll()
        return []
    }

    mutating func clampLessonScroll() {
        refreshLessonText()
        let maximum = max(0, lessonContent.lines.count - lessonViewportHeight)
        lessonScroll = min(max(0, lessonScroll), maximum)
    }

    /// Scrolls so a question's feedback is in view, and its start too when it fits.
    mutating func reveal(quiz index: Int) {
        refreshLessonText()
        guard let range = lessonContent.quizLines[index] else { return }
        let height = lessonViewportHeight
        if range.upperBound > lessonScroll + height { lessonScroll = range.upperBound - height }
        if range.count <= height, range.lowerBound < lessonScroll { lessonScroll = range.lowerBound }
        clampLessonScroll()
    }

    // MARK: Demo

    /// Whether number keys and Enter go to the demo's question rather than the lesson's quiz.
    var demoOwnsAnswers: Bool { demo?.isAsking == true && (focus == .demo || openQuizIndex == nil) }

    mutating func forwardToDemo(_ action: DemoAction) -> [Effect] {
        guard demo != nil else {
            status = StyledLine(say(.noDemoHere), Style(.muted))
            return []
        }
        let wasPlaying = demo?.isPlaying ?? false
        guard let reply = demo?.perform(action, runs: &runIDs) else { return [] }
        if let message = reply.status { status = StyledLine(message, Style(.accent, bold: true)) }
        return reply.effects + tickEffects(wasPlaying: wasPlaying, rearm: false)
    }

    /// A move, undo, restart or hint for the challenge pane; a goal reached by this move is recorded in progress
    /// (its best move count), as the policy allows: not in presenter mode, nor when replaying one lesson.
    mutating func forwardToChallenge(_ command: ChallengeCommand) -> [Effect] {
        guard demo?.wantsChallengeKeys == true else { return [] }
        let before = demo?.solvedChallenge
        guard let reply = demo?.challenge(command) else { return [] }
        if let message = reply.status { status = StyledLine(message, Style(.accent, bold: true)) }
        guard let solved = demo?.solvedChallenge, solved != before, policy == .full, let lesson else { return reply.effects }
        let change = ProgressChange.challengeSolved(lesson: lesson.slug, challenge: solved.number, moves: solved.moves)
        progress.apply(change)
        return reply.effects + [.recordProgress(change)]
    }

    /// News from a live run, for the demo that started it. A run no demo owns any more (its step was left) is
    /// ignored, or stopped if it has only now started.
    mutating func receive(_ news: LiveUpdate, for run: RunID) -> [Effect] {
        guard demo?.liveRuns.contains(run) == true else {
            switch news {
            case .started, .traced: return [.stopLive(run)]
            case .records, .failed: return []
            }
        }
        let wasPlaying = demo?.isPlaying ?? false
        guard let reply = demo?.receive(news, for: run) else { return [] }
        if let message = reply.status { status = StyledLine(message, Style(.accent, bold: true)) }
        return reply.effects + tickEffects(wasPlaying: wasPlaying, rearm: false)
    }

    /// Runs the example `x` points at (the first runnable Python block on screen, whose hint is drawn bright)
    /// under the tracer, in a trace pane that takes the demo pane's place until the step changes. Whatever the
    /// old pane was running is stopped first; the new trace is stopped when the step or lesson is left.
    mutating func runExample() -> [Effect] {
        refreshLessonText()
        let content = lessonContent
        let first = min(max(0, lessonScroll), max(0, content.lines.count - 1))
        guard let example = content.example(visibleFrom: first, rows: lessonViewportHeight) else {
            status = StyledLine(options.language.catalog(.noRunnableExample), Style(.warning))
            return []
        }
        let stops = stopLiveRuns()
        let wasPlaying = demo?.isPlaying ?? false
        let run = runIDs.next()
        demo = TracePane(run: run, title: options.language.catalog(.traceExampleTitle(step: stepIndex + 1)),
                         language: options.language)
        status = StyledLine(options.language.catalog(.traceStarted(example: example.number)), Style(.accent, bold: true))
        return stops + [.startTrace(run, TraceRequest(.code(example.source)))]
            + tickEffects(wasPlaying: wasPlaying, rearm: false)
    }

    /// Arms a fresh tick when playback starts (or continues after a tick), cancels it when playback stops.
    /// Every change of stamp makes any tick still in flight stale.
    mutating func tickEffects(wasPlaying: Bool, rearm: Bool) -> [Effect] {
        let playing = demo?.isPlaying ?? false
        if playing && (!wasPlaying || rearm) {
            tickStamp += 1
            return [.armTick(stamp: tickStamp, milliseconds: Self.frameMilliseconds)]
        }
        if !playing && wasPlaying {
            tickStamp += 1
            return [.cancelTick]
        }
        return []
    }

    // MARK: Questions

    mutating func answer(_ number: Int) -> [Effect] {
        if demoOwnsAnswers { return forwardToDemo(.answer(number)) }
        guard let index = openQuizIndex, let quiz = step?.quizzes[index] else { return [] }
        guard number <= quiz.choices.count else {
            status = StyledLine(say(.onlyChoices(count: quiz.choices.count)), Style(.warning))
            return []
        }
        quizzes[index, default: QuizState()].selected = number
        reveal(quiz: index)
        return []
    }

    mutating func confirm() -> [Effect] {
        if demoOwnsAnswers { return forwardToDemo(.confirm) }
        guard let index = openQuizIndex, let lesson, let quiz = step?.quizzes[index] else { return [] }
        var state = quizzes[index] ?? QuizState()
        guard let selected = state.selected else {
            status = StyledLine(say(.chooseFirst(count: quiz.choices.count)), Style(.warning))
            return []
        }
        guard !state.wrong.contains(selected) else { return [] }
        let correct = selected - 1 == quiz.answer
        if correct { state.solved = true } else { state.wrong.insert(selected) }
        quizzes[index] = state
        reveal(quiz: index)
        guard policy == .full else { return [] }
        let change = ProgressChange.quizAnswer(id: "\(lesson.slug)#\(stepIndex + 1).\(index + 1)", correct: correct)
        progress.apply(change)
        return [.recordProgress(change)]
    }

    // MARK: Menu

    /// Lessons shown in the menu for a filter: title, slug or chapter title contains it (any case).
    public func menuEntries(filter: String) -> [Int] {
        let needle = filter.lowercased()
        return lessons.indices.filter { index in
            guard !needle.isEmpty else { return true }
            let lesson = lessons[index]
            let chapterTitle = course.chapters.first { $0.number == lesson.chapter }?.title ?? ""
            return [lesson.title, lesson.slug, chapterTitle].contains { $0.lowercased().contains(needle) }
        }
    }

    mutating func typeIntoMenu(_ character: Character) {
        guard case .menu(var menu) = overlay, !character.isNewline else { return }
        menu.filter.append(character)
        overlay = .menu(reselect(menu))
    }

    /// Keeps the selection if it still matches, else picks the first match.
    func reselect(_ menu: MenuState) -> MenuState {
        var menu = menu
        let entries = menuEntries(filter: menu.filter)
        if menu.selected.map({ !entries.contains($0) }) ?? true { menu.selected = entries.first }
        return menu
    }

    mutating func moveMenu(by delta: Int) -> [Effect] {
        guard case .menu(var menu) = overlay else { return [] }
        let entries = menuEntries(filter: menu.filter)
        guard !entries.isEmpty else { return [] }
        let current = menu.selected.flatMap { entries.firstIndex(of: $0) } ?? 0
        menu.selected = entries[min(max(0, current + delta), entries.count - 1)]
        overlay = .menu(menu)
        return []
    }

    mutating func openSelectedLesson() -> [Effect] {
        guard case .menu(let menu) = overlay, let selected = menu.selected,
              menuEntries(filter: menu.filter).contains(selected) else { return [] }
        let chosen = lessons[selected]
        if let problem = chosen.diagnostics.first {
            status = StyledLine(say(.cannotOpenBroken(problem: problem.description)), Style(.warning, bold: true))
            return []
        }
        overlay = nil
        lessonIndex = selected
        let stops = enterStep(0)
        return stops + [.cancelTick] + positionEffects()
    }
}

private extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
