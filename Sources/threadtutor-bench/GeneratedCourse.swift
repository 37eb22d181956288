import Foundation

/// Course folders the bench writes into a temporary directory.
enum GeneratedCourse {
    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "threadtutor-bench-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A flat course with one lesson (slug `sixteen`): a short paragraph, then a demo of 16 threads on two cores
    /// that compute, do I/O and share locks. Its timeline plays for about 12 s at normal speed.
    static func sixteenThreadLesson() throws -> String {
        let folder = try temporaryFolder("sixteen")
        let text = """
        ---
        title: Sixteen threads
        slug: sixteen
        chapter: 1
        summary: A busy demo for the bench.
        ---
        # Sixteen threads

        Sixteen workers share two cores and four locks.

        ```demo
        \(sixteenThreadScenario)
        ```

        """
        try text.write(toFile: folder + "/01-sixteen.md", atomically: true, encoding: .utf8)
        return folder
    }

    /// The scenario of that demo: 16 workers on two cores, each six rounds of compute, I/O and a shared lock.
    static var sixteenThreadScenario: String {
        let threads = (0..<16).map { index in
            let lock = "L\(index % 4)"
            let round = "compute \(3 + index % 5)ms, io \(4 + index % 7)ms, lock \(lock), compute 2ms, unlock \(lock)"
            return "  - name: worker-\(index)\n    run: [\(Array(repeating: round, count: 6).joined(separator: ", "))]"
        }
        return (["title: Sixteen workers", "cores: 2", "slice: 5ms", "threads:"] + threads).joined(separator: "\n")
    }
}

extension GeneratedCourse {
    /// The blog post's slug (from its dated file name, as the loader derives it).
    static let blogSlug = "python-threads-explained"

    /// A flat folder with one blog post of at least `bytes` bytes, the kind a teacher drops into a course:
    /// Jekyll front matter, a kramdown table of contents, headings with ids, paragraphs with `<br/>` and
    /// `&nbsp;`, inline HTML, fenced and Liquid-highlighted code, a table, quotes with Chirpy's prompt classes,
    /// links with `{:target="_blank"}`. The same text every time. Returns the folder and the file's size.
    static func blogPost(bytes: Int = 50_000) throws -> (folder: String, size: Int) {
        let folder = try temporaryFolder("blog")
        var text = """
        ---
        layout: post
        title: "Python threads, explained with a coffee shop"
        date: 2024-03-01 09:30:00 +0900
        author: a teacher
        categories: [python, concurrency]
        tags: [threads, gil, locks]
        toc: true
        pin: false
        ---

        * TOC
        {:toc}

        Threads confuse everyone at first.<br/>This post walks through them with a coffee shop, one barista at a \
        time.&nbsp;It is long, so grab a cup.

        <!--more-->

        """
        var section = 0
        while text.utf8.count < bytes {
            section += 1
            text += blogSection(section)
        }
        try text.write(toFile: folder + "/2024-03-01-\(blogSlug).md", atomically: true, encoding: .utf8)
        return (folder, text.utf8.count)
    }

    private static func blogSection(_ number: Int) -> String {
        let code = number % 2 == 0
            ? """
            ```python
            import threading

            counter = 0
            lock = threading.Lock()

            def barista(orders):
                global counter
                for _ in range(orders):
                    with lock:
                        counter += 1

            workers = [threading.Thread(target=barista, args=(\(number * 100),)) for _ in range(4)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            print(counter)
            ```
            {: file='barista_\(number).py' }
            """
            : """
            {% highlight python %}
            from concurrent.futures import ThreadPoolExecutor

            def brew(cup):
                return f"cup {cup} ready"

            with ThreadPoolExecutor(max_workers=\(number % 4 + 2)) as pool:
                for line in pool.map(brew, range(\(number))):
                    print(line)
            {% endhighlight %}
            """
        return """
        ## \(number). The barista and the \(number % 3 == 0 ? "milk steamer" : "espresso machine") {#part-\(number)}

        Imagine a coffee shop with **one barista** and *many* orders.<br/>Each order is a thread: it can be \
        <b>ready</b>, <i>running</i>, or waiting for the milk to steam.&nbsp;&nbsp;While one order waits, the \
        barista starts another &mdash; that is concurrency, not parallelism. Read the \
        [official docs](https://docs.python.org/3/library/threading.html){:target="_blank"} for the details, \
        or jump back to [the start](#part-1).

        The <code>GIL</code> means only one thread runs Python bytecode at a time.<br />A thread that waits on \
        I/O releases it, so other threads can run; a thread that computes holds it until the interpreter \
        switches&nbsp;(every 5&nbsp;ms by default). 스레드는 프로세스 안의 실행 흐름입니다.

        \(code)

        | order | state | waits for |
        |:------|:-----:|----------:|
        | latte \(number) | blocked | the milk steamer |
        | espresso \(number) | running | nothing |
        | tea \(number) | ready | the barista |

        > A waiting order costs the barista nothing: she only works on orders that can move.
        {: .prompt-tip }

        1. Take the order.
        2. Start the machine, and while it runs:
           - take the next order
           - clean a cup
        3. Hand over the drink.

        <div class="note">A lock is the single milk jug:<br>only one barista may hold it.</div>

        ---

        """
    }
}
