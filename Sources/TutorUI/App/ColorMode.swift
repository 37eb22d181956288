/// Whether to use colour. `auto` means: colour if the terminal has it and NO_COLOR is not set.
public enum ColorMode: String, Hashable, Sendable, CaseIterable {
    case auto
    case always
    case never
}
