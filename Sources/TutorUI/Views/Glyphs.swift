/// The few symbols the interface draws, in Unicode or plain ASCII. The Unicode ones are chosen among
/// characters of narrow, unambiguous width so CJK terminals keep columns aligned. Box lines are drawn
/// with box-drawing characters that the ncurses backend replaces with its own line drawing.
public struct Glyphs: Hashable, Sendable {
    public var check: String
    public var cross: String
    public var broken: String
    public var pointer: String
    public var ellipsis: String
    public var separator: String

    public static let unicode = Glyphs(check: "✓", cross: "✗", broken: "!", pointer: ">", ellipsis: "...",
                                       separator: " / ")
    public static let ascii = Glyphs(check: "*", cross: "x", broken: "!", pointer: ">", ellipsis: "...",
                                     separator: " / ")
}
