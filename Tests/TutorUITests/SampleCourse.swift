import LessonKit
import TutorBasics

/// A small hand-made course (LessonKit's loader is not needed): two chapters, a lesson with a demo, a
/// quiz and notes, and one broken lesson.
enum SampleCourse {
    static func make(_ language: Language = .en) -> Course {
        let ko = language == .ko
        let here = SourceLocation(path: "sample.md", line: 1, column: 1)
        func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

        let intro = Lesson(
            slug: "what-is-a-thread", title: ko ? "스레드란 무엇인가" : "What is a thread", chapter: 1, order: 1,
            summary: "", path: "01-what.md", language: language,
            steps: [
                Step(blocks: [.heading(level: 1, content: [.text(ko ? "스레드란 무엇인가" : "What is a thread")]),
                              paragraph(ko ? "스레드는 프로세스 안에서 독립적으로 실행되는 흐름입니다. 같은 프로세스의 스레드는 메모리를 함께 씁니다."
                                        : "A thread is one flow of execution inside a process. Threads of one process share its memory, so they can work on the same data at the same time.")],
                     location: here),
                Step(blocks: [paragraph(ko ? "두 번째 단계입니다." : "The second step."),
                              .code(language: "python", info: "python",
                                    text: "import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n")],
                     location: here),
            ])

        let quiz = QuizSpec(question: ko ? "파일 읽기를 기다리는 스레드는 어떤 상태인가요?"
                                         : "A thread waits for a file read to finish. Which state is it in?",
                            choices: ko ? ["준비", "실행", "대기"] : ["ready", "running", "blocked"], answer: 2,
                            explanation: ko ? "읽기가 끝날 때까지 CPU를 쓸 수 없으므로 스케줄러가 건너뜁니다."
                                            : "It cannot use a CPU until the read completes, so the scheduler skips it.",
                            location: here)
        let demo = DemoSpec(source: "title: \(ko ? "작업자 하나의 일생" : "One worker's life")\ncores: 1\nthreads:\n  - name: worker\n    run: [compute 30ms, io 50ms]\n",
                            location: here)
        let lifecycle = Lesson(
            slug: "lifecycle", title: ko ? "스레드의 일생" : "The thread lifecycle", chapter: 2, order: 1,
            summary: "", path: "02-lifecycle.md", language: language,
            steps: [
                Step(blocks: [.heading(level: 1, content: [.text(ko ? "스레드의 일생" : "The thread lifecycle")]),
                              paragraph(ko ? "모든 스레드는 다섯 상태를 거칩니다." : "Every thread passes through five states."),
                              .list(ListBlock(ordered: false, items: [
                                  ListItem(blocks: [paragraph(ko ? "생성" : "created")]),
                                  ListItem(blocks: [paragraph(ko ? "준비" : "ready")]),
                                  ListItem(blocks: [paragraph(ko ? "실행" : "running")]),
                              ]))],
                     demos: [demo], notes: [paragraph(ko ? "청중에게 질문하세요." : "Ask the room what a blocked thread waits for.")],
                     location: here),
                Step(blocks: [paragraph(ko ? "이제 확인해 봅시다." : "Let us check.")], quizzes: [quiz], location: here),
                Step(blocks: [paragraph(ko ? "요약: 다섯 상태." : "Summary: five states.")], location: here),
            ])

        let broken = Lesson(slug: "pools", title: ko ? "스레드 풀" : "Thread pools", chapter: 2, order: 2, summary: "",
                            path: "02-pools.md", language: language, steps: [],
                            diagnostics: [Diagnostic("quiz answer is not one of the choices",
                                                     at: SourceLocation(path: "02-pools.md", line: 12, column: 9))])

        return Course(language: language, root: "Lessons/\(language.rawValue)", chapters: [
            Chapter(number: 1, title: ko ? "스레드와 그 이유" : "Threads and why", lessons: [intro]),
            Chapter(number: 2, title: ko ? "생명 주기" : "The lifecycle", lessons: [lifecycle, broken]),
        ])
    }
}
