/// What to run: a file, a module (`-m`) or a string of code (`-c`), as python3 takes them.
public enum TraceProgram: Sendable, Hashable {
    case path(String)
    case module(String)
    case code(String)

    /// The bootstrap's mode and target arguments.
    var bootstrapArguments: [String] {
        switch self {
        case .path(let path): ["path", path]
        case .module(let name): ["module", name]
        case .code(let code): ["code", code]
        }
    }

    /// A short title for the timeline: "trace prog.py", "trace -m pkg", "trace -c".
    public var title: String {
        switch self {
        case .path(let path): "trace \(path.split(separator: "/").last.map(String.init) ?? path)"
        case .module(let name): "trace -m \(name)"
        case .code: "trace -c"
        }
    }
}
