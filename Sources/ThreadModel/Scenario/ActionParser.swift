/// One action string, such as `compute 30ms` or `submit pool fetch`, into an `Action`.
enum ActionParser {
    /// - Parameter challenge: whether the challenge-only verbs (`spin-while`, `pop`…) are allowed.
    static func parse(_ text: String, tick: Int64?, challenge: Bool = false) -> Result<Action, ParseProblem> {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let verb = words.first else { return .failure(ParseProblem("empty action")) }
        let arguments = Array(words.dropFirst())
        guard Action.verbs.contains(verb) else {
            return .failure(ParseProblem("unknown action '\(verb)'" + Suggestion.hint(for: verb, in: Action.verbs)))
        }
        if Action.challengeVerbs.contains(verb) {
            guard challenge else { return .failure(ParseProblem("`\(verb)` is only for challenges")) }
            return challengeAction(verb, arguments)
        }
        switch verb {
        case "compute", "io", "sleep":
            guard arguments.count == 1 else { return usage(verb, "a duration, like `\(verb) \(tick == nil ? "30ms" : "3")`") }
            return DurationParser.parse(arguments[0], tick: tick).map { micros in
                switch verb {
                case "compute": .compute(micros)
                case "io": .io(micros)
                default: .sleep(micros)
                }
            }
        case "lock", "wait", "acquire":
            guard (1...2).contains(arguments.count) else {
                return usage(verb, "a name and an optional timeout, like `\(verb) \(example(verb))` or `\(verb) \(example(verb)) \(tick == nil ? "50ms" : "5")`")
            }
            let name = arguments[0]
            guard arguments.count == 2 else { return .success(verb == "acquire" ? .acquire(name, timeout: nil) : named(verb, name)) }
            return DurationParser.parse(arguments[1], tick: tick).map { timeout in
                switch verb {
                case "lock": .timedLock(name, timeout: timeout)
                case "wait": .timedWait(name, timeout: timeout)
                default: .acquire(name, timeout: timeout)
                }
            }
        case "notify":
            guard (1...2).contains(arguments.count) else { return usage(verb, "a condition and an optional count, like `notify C` or `notify C 2`") }
            guard arguments.count == 2 else { return .success(.notify(arguments[0], count: 1)) }
            guard let count = Int(arguments[1]), count >= 1 else { return usage(verb, "a count of at least 1, like `notify C 2`") }
            return .success(.notify(arguments[0], count: count))
        case "put":
            guard arguments.count == 2 else { return usage(verb, "a queue and an item, like `put q job1`") }
            return .success(.put(arguments[0], item: arguments[1]))
        case "submit", "map":
            guard arguments.count == 2 else { return usage(verb, "a pool and a task, like `\(verb) pool fetch`") }
            return .success(verb == "submit" ? .submit(pool: arguments[0], task: arguments[1]) : .map(pool: arguments[0], group: arguments[1]))
        default:
            guard arguments.count == 1 else { return usage(verb, "one name, like `\(verb) \(example(verb))`") }
            return .success(named(verb, arguments[0]))
        }
    }

    /// The challenge-only verbs, already known to be allowed here.
    private static func challengeAction(_ verb: String, _ arguments: [String]) -> Result<Action, ParseProblem> {
        switch verb {
        case "store":
            guard arguments.count == 2 else { return usage(verb, "a counter and a whole number, like `store busy 1`") }
            guard let value = Int(arguments[1]) else { return usage(verb, "a whole number to store, like `store busy 1`") }
            return .success(.store(arguments[0], value: value))
        case "wait-if-empty", "wait-while-empty":
            guard arguments.count == 2 else { return usage(verb, "a condition and a queue, like `\(verb) C q`") }
            return .success(verb == "wait-if-empty"
                ? .waitIfEmpty(condition: arguments[0], queue: arguments[1])
                : .waitWhileEmpty(condition: arguments[0], queue: arguments[1]))
        default:
            let example = verb == "pop" ? "q" : verb == "spin-while" ? "busy" : "cs"
            guard arguments.count == 1 else { return usage(verb, "one name, like `\(verb) \(example)`") }
            switch verb {
            case "spin-while": return .success(.spinWhile(arguments[0]))
            case "enter": return .success(.enter(arguments[0]))
            case "leave": return .success(.leave(arguments[0]))
            default: return .success(.pop(arguments[0]))
            }
        }
    }

    private static func usage(_ verb: String, _ expected: String) -> Result<Action, ParseProblem> {
        .failure(ParseProblem("`\(verb)` takes \(expected)"))
    }

    private static func example(_ verb: String) -> String {
        switch verb {
        case "lock", "unlock": "L"
        case "wait", "set", "clear": "E"
        case "increment": "count"
        case "result": "fetch1"
        case "shutdown": "pool"
        case "acquire", "release": "S"
        case "notify-all": "C"
        case "get", "task-done": "q"
        default: "worker"
        }
    }

    private static func named(_ verb: String, _ name: String) -> Action {
        switch verb {
        case "lock": .lock(name)
        case "unlock": .unlock(name)
        case "wait": .wait(name)
        case "set": .set(name)
        case "clear": .clear(name)
        case "start": .start(name)
        case "join": .join(name)
        case "increment": .increment(name)
        case "result": .result(name)
        case "release": .release(name)
        case "notify-all": .notifyAll(name)
        case "get": .get(name)
        case "task-done": .taskDone(name)
        default: .shutdown(name)
        }
    }
}
