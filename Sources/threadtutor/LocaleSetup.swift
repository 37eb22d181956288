#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sets the C locale from the environment so that wide characters (Hangul) work in the terminal.
enum LocaleSetup {
    /// Applies the environment's locale; when it is not installed (ko_KR.UTF-8 often is not) or not UTF-8,
    /// falls back to C.UTF-8. Returns whether the resulting locale encodes UTF-8.
    @discardableResult
    static func apply() -> Bool {
        if setlocale(LC_ALL, "") != nil, isUTF8 { return true }
        // The asked locale is missing or not UTF-8. Keep a deliberate ASCII choice (LANG=C with no UTF-8 in the
        // name) only when the user asked for it explicitly; otherwise prefer UTF-8 so Hangul draws.
        if setlocale(LC_ALL, "C.UTF-8") != nil { return isUTF8 }
        return false
    }

    /// Whether the current C locale's character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().filter { $0 != "-" } == "UTF8"
    }
}
