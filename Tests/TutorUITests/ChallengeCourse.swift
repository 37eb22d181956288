import LessonKit
import ThreadModel
import TutorBasics
@testable import TutorUI

/// A course written inline for the challenge tests (the shipped lessons get their challenges later): one
/// lesson whose first step is the lost update and whose second is a deadlock, read by LessonKit's parser.
enum ChallengeCourse {
    static func markdown(_ language: Language) -> String {
        let ko = language == .ko
        return """
            ---
            title: \(ko ? "잃어버린 갱신" : "The lost update")
            chapter: 1
            ---
            # \(ko ? "잃어버린 갱신" : "The lost update")

            \(ko ? "두 스레드가 공유 카운터에 하나씩 더합니다." : "Two threads each add one to a shared counter.")

            ```challenge
            goal: {counter: count, equals: 1}
            story: \(ko ? "두 스레드가 count에 하나씩 더합니다. count가 1로 끝나게 하세요." : "Two threads add one each to count. Make it end at 1.")
            hints: [\(ko ? "A가 먼저 읽게 하세요., A가 쓰기 전에 B가 읽게 하세요." : "Let A read first., Now let B read before A writes.")]
            explain: \(ko ? "두 스레드 모두 0을 읽고 1을 썼습니다. 읽기와 쓰기를 락으로 감싸면 막을 수 있습니다." : "Both read 0 and both wrote 1. A lock around the read and the write prevents it.")
            counters: {count: 0}
            threads:
              - name: A
                run: [increment count]
              - name: B
                run: [increment count]
            ```

            ---

            # \(ko ? "교착 상태" : "Deadlock")

            ```challenge
            goal: deadlock
            story: \(ko ? "두 스레드가 락 두 개를 반대 순서로 잡습니다. 둘 다 멈추게 하세요." : "Two threads take two locks in opposite orders. Get them stuck.")
            hints: [\(ko ? "A가 L1을 잡게 하세요." : "Let A take L1.")]
            explain: \(ko ? "서로 상대의 락을 기다립니다. 실제 코드는 늘 같은 순서로 락을 잡습니다." : "Each waits for the other's lock. Real code takes locks in one fixed order.")
            threads:
              - name: A
                run: [lock L1, lock L2, unlock L2, unlock L1]
              - name: B
                run: [lock L2, lock L1, unlock L1, unlock L2]
            ```
            """
    }

    static func make(_ language: Language = .en) -> Course {
        let lesson = LessonParser.parse(markdown(language), path: "\(language.rawValue)/01-lost-update.md", language: language)
        return Course(language: language, root: "challenges", chapters: [Chapter(number: 1, title: "Races", lessons: [lesson])])
    }

    /// A model on the challenge lesson, with the app's factory (challenges first, else the demo).
    static func model(_ language: Language = .en, size: Size = Size(width: 80, height: 24), present: Bool = false,
                      startLesson: String? = nil, startStep: Int? = nil) -> Model {
        Model(course: make(language), options: InteractiveOptions(language: language, present: present), size: size,
              startLesson: startLesson, startStep: startStep,
              demoFactory: ChallengePane.factory(otherwise: DemoPlaceholder.factory))
    }

    /// The lost update with Python source on its threads, as the engine branch will give it: `count += 1` is
    /// the line both halves of the increment stand for.
    static func lostUpdateWithCode(_ language: Language = .en) -> ChallengePane {
        let spec = make(language).lessons[0].steps[0].challenges[0]
        var program = spec.engine!.program
        for index in program.threads.indices {
            program.threads[index].code = ["def work():", "    global count", "    count += 1", "    print('done')"]
            program.threads[index].opLines = [2]
        }
        return ChallengePane(engine: ChallengeEngine(program: program), goal: spec.goal!, number: 1, story: spec.story,
                             hints: spec.hints, explanation: spec.explanation, language: language)
    }
}

extension Model {
    /// The challenge pane on screen, if the step has one.
    var challenge: ChallengePane? { demo as? ChallengePane }
}

extension ChallengePane {
    /// The pane alone as quoted rows, as the app would draw it at `size`.
    func render(_ size: Size, language: Language = .en, ascii: Bool = false, present: Bool = false) -> String {
        var buffer = Buffer(size: size)
        draw(into: &buffer, area: buffer.area, context: context(language, ascii: ascii, present: present))
        return TestBackend.quoted(buffer)
    }

    func context(_ language: Language, ascii: Bool = false, present: Bool = false) -> DemoContext {
        DemoContext(language: language, glyphs: ascii ? .ascii : .unicode, asciiOnly: ascii, focused: false, present: present)
    }

    /// Runs commands in order, as keys would.
    mutating func run(_ commands: ChallengeCommand...) {
        for command in commands { _ = challenge(command) }
    }
}
