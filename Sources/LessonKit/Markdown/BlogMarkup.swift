/// Blog-engine syntax (kramdown, Liquid) that is not Markdown and must not reach the screen.
enum BlogMarkup {
    /// Removes kramdown attribute lists and extensions (`{:target="_blank"}`, `{: .note}`, `{::options …}`,
    /// `{:/comment}`) and Liquid tags (`{% raw %}`, `{% include x.html %}`) from a run of text.
    static func removingMarkup(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let closer: String? = after.hasPrefix(":") ? "}" : after.hasPrefix("%") ? "%}" : nil
            if let closer, let end = after.firstRange(of: closer) {
                rest = after[end.upperBound...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// A kramdown heading id at the end of a heading: `## Setup {#setup}`.
    static func removingHeadingID(_ text: String) -> String {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return text }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard inside.hasPrefix("#"), !inside.utf8.contains(UInt8(ascii: " ")) else { return text }
        return String(text[..<open].reversed().drop { $0 == " " }.reversed())
    }

    /// kramdown's generated table of contents: `* TOC` followed by `{:toc}`.
    static func isTableOfContentsMarker(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        return ["toc {:toc}", "toc {: toc}", "table of contents {:toc}", "toc {:.toc}"].contains(words)
    }

    /// Whether `{%` occurs anywhere.
    static func containsLiquidTag(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "{") && byte == UInt8(ascii: "%") { return true }
            previous = byte
        }
        return false
    }

    /// Liquid `{% highlight python %}` … `{% endhighlight %}` lines rewritten as code fences, line for line,
    /// so that cmark sees a code block and line numbers do not move.
    static func rewritingHighlightTags(_ markdown: String) -> String {
        guard containsLiquidTag(markdown) else { return markdown }
        let source = LineIndex(markdown)
        var lines = source.indices.map { source[$0] }
        var inFence = false
        for index in lines.indices {
            // Only lines that start (after spaces) with a fence or a Liquid tag matter; the rest are not looked at.
            let start = lines[index].utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.first
            guard start == UInt8(ascii: "`") || start == UInt8(ascii: "~") || start == UInt8(ascii: "{") else { continue }
            let trimmed = lines[index].trimmingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence, trimmed.hasPrefix("{%"), trimmed.hasSuffix("%}") else { continue }
            let words = trimmed.dropFirst(2).dropLast(2).split(separator: " ")
            if words.first == "highlight" {
                lines[index] = "```" + (words.count > 1 ? words[1] : "")
            } else if words.first == "endhighlight" {
                lines[index] = "```"
            }
        }
        return lines.joined(separator: "\n")
    }
}
