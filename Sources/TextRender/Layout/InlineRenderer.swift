import LessonKit
import TextKernel

/// Turns inline Markdown into styled text, one `StyledLine` per hard line break (not yet wrapped).
///
/// Nested styles combine: the innermost role wins where it says more than the outer one (a link inside a
/// heading is still a link), and the colour-independent flags of every level are kept (bold inside italic is
/// both).
public struct InlineRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = .standard) { self.options = options }

    /// Hard-break-separated lines of styled text (the text was sanitised when the lesson was loaded).
    public func render(_ inlines: [Inline], base: Style = .plain) -> [StyledLine] {
        if inlines.count == 1, case .text(let text) = inlines[0] {       // a table cell, a short list item
            return [StyledLine(text, base)]
        }
        var lines = InlineLines()
        append(inlines, style: base, to: &lines)
        return lines.lines
    }

    /// The plain text of inlines (for comparing a link's text with its destination, table widths, …).
    public static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let children), .strong(let children), .strikethrough(let children): plainText(children)
            case .link(let children, _): plainText(children)
            case .image(let alt, _): alt
            case .softBreak, .lineBreak: " "
            }
        }.joined()
    }

    private func append(_ inlines: [Inline], style: Style, to lines: inout InlineLines) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                lines.append(text, style)
            case .code(let text):
                lines.append(text, nested(.code, in: style))
            case .emphasis(let children):
                append(children, style: nested(.emphasis, in: style), to: &lines)
            case .strong(let children):
                append(children, style: nested(.strong, in: style), to: &lines)
            case .strikethrough(let children):
                append(children, style: nested(.strikethrough, in: style), to: &lines)
            case .link(let children, let destination):
                appendLink(children, destination: destination, style: style, to: &lines)
            case .image(let alt, _):
                let label = alt.isEmpty ? "[image]" : "[image: \(alt)]"
                lines.append(label, nested(.image, in: style))
            case .softBreak:
                let next = index + 1 < inlines.count ? Self.plainText([inlines[index + 1]]).first : nil
                if !Self.joinsWithoutSpace(lines.lastCharacter, next) {
                    lines.append(" ", style)
                }
            case .lineBreak:
                lines.startLine()
            }
        }
    }

    private func appendLink(_ children: [Inline], destination: String, style: Style, to lines: inout InlineLines) {
        append(children, style: nested(.link, in: style), to: &lines)
        guard options.showLinkDestinations, !destination.isEmpty,
              Self.normalisedURL(destination) != Self.normalisedURL(Self.plainText(children)) else { return }
        lines.append(" (", nested(.linkURL, in: style))
        lines.append(destination, nested(.linkURL, in: style))
        lines.append(")", nested(.linkURL, in: style))
    }

    /// Chinese and Japanese are written without spaces, so a source line break between two such
    /// characters joins them directly (Korean uses spaces and keeps the space).
    static func joinsWithoutSpace(_ before: Character?, _ after: Character?) -> Bool {
        guard let before, let after else { return false }
        return BreakRules.isBreakableCJK(before) && BreakRules.isBreakableCJK(after)
    }

    /// A link whose text is its address (autolinks, `<https://…>`) is shown once.
    static func normalisedURL(_ text: String) -> String {
        var result = Substring(text.lowercased()).drop { $0 == " " }
        while result.hasSuffix(" ") { result = result.dropLast() }
        for scheme in ["https://", "http://", "mailto:"] where result.hasPrefix(scheme) {
            result = result.dropFirst(scheme.count)
        }
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    /// The style of `role` text inside text styled `outer`.
    func nested(_ role: Style.Role, in outer: Style) -> Style {
        let keepsOuterRole: Bool = switch outer.role {
        case .plain, .quote, .emphasis, .strong, .strikethrough: false
        default: role != .code && role != .link && role != .linkURL && role != .image
        }
        return Style(keepsOuterRole ? outer.role : role,
                     flags: outer.flags.union(Style.markupFlags(for: role)))
    }
}
