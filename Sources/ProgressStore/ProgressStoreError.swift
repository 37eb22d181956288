/// A system call on the progress files failed.
public enum ProgressStoreError: Error, CustomStringConvertible, Sendable {
    case io(String, String, Int32)

    public var description: String {
        switch self {
        case .io(let call, let path, let code): "\(call) \(path): error \(code)"
        }
    }
}
