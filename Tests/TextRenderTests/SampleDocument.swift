import LessonKit

/// A realistic lesson step in English and Korean, written as blocks so renderer tests do not depend on the
/// parser.
enum SampleDocument {
    static let english: [Block] = [
        .heading(level: 1, content: [.text("The thread lifecycle")]),
        .paragraph([
            .text("Every thread passes through "), .strong([.text("five states")]), .text(": created, ready, "),
            .text("running, blocked and terminated. Python's "), .code("threading"), .text(" module maps each"),
            .softBreak, .text("thread to one kernel thread ("),
            .link(text: [.text("docs")], destination: "https://docs.python.org/3/library/threading.html"),
            .text(", "), .link(text: [.text("https://example.org")], destination: "https://example.org/"),
            .text(")."),
        ]),
        .heading(level: 2, content: [.text("States")]),
        .list(ListBlock(ordered: true, items: [
            .init(blocks: [.paragraph([.strong([.text("created")]), .text(" — the object exists; "), .code("start()"),
                                       .text(" has not been called.")])]),
            .init(blocks: [
                .paragraph([.strong([.text("ready")]), .text(" — waiting for a CPU.")]),
                .list(ListBlock(ordered: false, items: [
                    .init(blocks: [.paragraph([.text("the scheduler picks it when a core is free")])]),
                    .init(blocks: [.paragraph([.text("a "), .emphasis([.text("time slice")]), .text(" ends it")])]),
                ])),
            ]),
            .init(blocks: [.paragraph([.strong([.text("blocked")]), .text(" — waiting for I/O, a lock or a sleep.")])]),
        ])),
        .list(ListBlock(ordered: false, items: [
            .init(task: .done, blocks: [.paragraph([.text("Start a thread")])]),
            .init(task: .open, blocks: [.paragraph([.text("Join it with a timeout")])]),
        ])),
        .blockQuote([.paragraph([.strong([.text("Note:")]), .text(" "), .code("join()"),
                                 .text(" blocks the caller until the thread ends.")])]),
        .code(language: "python", info: "python", text: """
            import threading

            def greet(name, delay=0.5):
                \"\"\"Say hello after a while.\"\"\"
                time.sleep(delay)  # blocked
                print(f"hello from {name!r:>10} after {delay * 1_000:.0f} ms, it is {'late' if delay > 1 else 'early'}")

            t = threading.Thread(target=greet, args=("worker", 0x10))
            t.start()

            """),
        .table(TableBlock(alignments: [.left, .center, .right], header: [
            [.text("State")], [.text("Uses a CPU?")], [.text("Typical cause")],
        ], rows: [
            [[.text("running")], [.text("yes")], [.text("the scheduler chose it")]],
            [[.text("blocked")], [.text("no")], [.text("waiting for "), .code("lock.acquire()"), .text(" or I/O")]],
        ])),
        .paragraph([.image(alt: "state diagram", source: "lifecycle.png")]),
        .thematicBreak,
    ]

    static let korean: [Block] = [
        .heading(level: 1, content: [.text("스레드의 생명 주기")]),
        .paragraph([
            .text("모든 스레드는 "), .strong([.text("다섯 가지 상태")]), .text("를 거칩니다. 파이썬의 "),
            .link(text: [.code("threading")], destination: "https://docs.python.org/ko/3/library/threading.html"),
            .text(" 모듈은"), .softBreak,
            .text("스레드 하나를 커널 스레드 하나에 대응시키고, 파이썬 바이트코드를 실행하는 스레드는 GIL 때문에 한 번에 하나뿐입니다."),
        ]),
        .list(ListBlock(ordered: false, items: [
            .init(blocks: [.paragraph([.code("target"), .text(" — 스레드가 실행할 함수입니다. "), .code("args"),
                                       .text("와 "), .code("kwargs"), .text("가 이 함수에 인자로 전달됩니다.")])]),
            .init(blocks: [.paragraph([.code("daemon"), .text(" — 프로그램이 끝날 때 이 스레드를 그냥 끊어 버려도 되는지 정합니다.")])]),
        ])),
        .blockQuote([.paragraph([.text("대기(blocked) 상태의 스레드는 CPU를 쓰지 않습니다.")])]),
        .code(language: "python", info: "python fragment", text: """
            t.start()                      # 새 스레드가 greet(...)를 실행하기 시작합니다
            t.join()                       # greet가 끝날 때까지 main은 여기서 기다립니다

            """),
        .table(TableBlock(alignments: [.none, .center], header: [[.text("상태")], [.text("CPU 사용")]], rows: [
            [[.text("실행(running)")], [.text("예")]],
            [[.text("대기(blocked)")], [.text("아니요, 입출력이나 잠금을 기다립니다")]],
        ])),
        .paragraph([.text("線程と스레드는 같은 뜻입니다。スレッドは実行の流れです。")]),
    ]
}
