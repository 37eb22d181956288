import CNcursesw
import TutorUI

/// NCursesBackend: draws buffers with ncurses. (Placeholder.)
public enum NCursesInfo {
    public static func version() -> String { String(cString: curses_version()) }
}
