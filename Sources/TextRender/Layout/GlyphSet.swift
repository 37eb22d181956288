/// The characters used for borders, bullets and markers.
///
/// Box-drawing lines, bullets and the ellipsis are East Asian "Ambiguous" width: CJK terminal set-ups may
/// draw them two columns wide and break every layout. `.ascii` uses only printable ASCII and is always safe;
/// `.unicode` looks nicer where the terminal draws those glyphs one column wide.
public struct GlyphSet: Hashable, Sendable {
    /// Unordered list bullets by nesting depth (cycled).
    public var bullets: [String]
    public var taskOpen: String
    public var taskDone: String
    /// Drawn at the left of every block quote line, followed by a space.
    public var quoteBar: String
    /// Repeated to draw a thematic break and the underline of level 1 and 2 headings.
    public var rule: Character
    public var heading1Rule: Character
    public var heading2Rule: Character
    public var ellipsis: String
    /// Ends a code line that continues on the next screen line.
    public var continuation: String
    public var box: Box

    /// Table borders.
    public struct Box: Hashable, Sendable {
        public var horizontal: Character
        public var headerHorizontal: Character
        public var vertical: Character
        /// Corners and joints, top row first: ┌ ┬ ┐, ├ ┼ ┤, └ ┴ ┘.
        public var top: (left: Character, middle: Character, right: Character)
        public var middle: (left: Character, middle: Character, right: Character)
        public var bottom: (left: Character, middle: Character, right: Character)

        public static func == (lhs: Box, rhs: Box) -> Bool { lhs.signature == rhs.signature }
        public func hash(into hasher: inout Hasher) { hasher.combine(signature) }
        private var signature: String {
            String([horizontal, headerHorizontal, vertical, top.left, top.middle, top.right,
                    middle.left, middle.middle, middle.right, bottom.left, bottom.middle, bottom.right])
        }
    }

    /// Printable ASCII only: safe on every terminal and in every font.
    public static let ascii = GlyphSet(
        bullets: ["*", "-", "+"], taskOpen: "[ ]", taskDone: "[x]", quoteBar: "|",
        rule: "-", heading1Rule: "=", heading2Rule: "-", ellipsis: "...", continuation: "\\",
        box: Box(horizontal: "-", headerHorizontal: "=", vertical: "|",
                 top: ("+", "+", "+"), middle: ("+", "+", "+"), bottom: ("+", "+", "+"))
    )

    /// Line-drawing characters and typographic bullets.
    public static let unicode = GlyphSet(
        bullets: ["•", "◦", "▪"], taskOpen: "[ ]", taskDone: "[x]", quoteBar: "│",
        rule: "─", heading1Rule: "═", heading2Rule: "─", ellipsis: "…", continuation: "↩",
        box: Box(horizontal: "─", headerHorizontal: "─", vertical: "│",
                 top: ("┌", "┬", "┐"), middle: ("├", "┼", "┤"), bottom: ("└", "┴", "┘"))
    )

    /// The bullet for an unordered list nested `depth` lists deep (0 = outermost).
    public func bullet(depth: Int) -> String { bullets.isEmpty ? "-" : bullets[depth % bullets.count] }
}
