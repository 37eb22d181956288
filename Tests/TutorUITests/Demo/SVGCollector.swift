import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Gathers the SVG's lanes, their state rectangles and the reason lines.
final class SVGCollector: NSObject, XMLParserDelegate {
    var lanes: [String] = []
    var states: [String: [String]] = [:]
    var reasons: [String] = []
    private var inReason = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "g", attributes["class"] == "lane", let thread = attributes["data-thread"] { lanes.append(thread) }
        if name == "rect", attributes["class"] == "state", let lane = lanes.last, let state = attributes["data-state"] {
            states[lane, default: []].append(state)
        }
        inReason = name == "text" && attributes["class"] == "reason"
        if inReason { reasons.append("") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inReason { reasons[reasons.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inReason = false
    }
}
