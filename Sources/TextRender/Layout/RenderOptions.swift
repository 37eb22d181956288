/// How `DocumentRenderer` lays a document out.
public struct RenderOptions: Hashable, Sendable {
    public var glyphs: GlyphSet
    /// Spaces before every code block line (dropped on very narrow screens).
    public var codeIndent: Int
    /// Show a link's destination after its text when the two differ.
    public var showLinkDestinations: Bool

    public init(glyphs: GlyphSet = .unicode, codeIndent: Int = 2, showLinkDestinations: Bool = true) {
        self.glyphs = glyphs
        self.codeIndent = codeIndent
        self.showLinkDestinations = showLinkDestinations
    }

    /// Line characters and bullets.
    public static let standard = RenderOptions()
    /// ASCII borders and bullets, for terminals that draw ambiguous-width glyphs two columns wide.
    public static let ascii = RenderOptions(glyphs: .ascii)
}
