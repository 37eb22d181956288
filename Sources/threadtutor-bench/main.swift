// threadtutor-bench: `make bench` prints a table of figure | target | result (release build, full sizes);
// `--smoke` runs each figure once at a tiny size to check that it can be measured.

let smoke = CommandLine.arguments.contains("--smoke")
let figures = ThreadModelFigures.all

var rows: [[String]] = [["figure", "target", "result", "met"]]
var allMet = true
for figure in figures {
    let (result, met) = figure.measure(smoke)
    allMet = allMet && met
    rows.append([figure.name, figure.target, result, met ? "yes" : "NO"])
}
let widths = (0..<4).map { column in rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
for (index, row) in rows.enumerated() {
    let cells = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.unicodeScalars.count) }
    print(cells.joined(separator: " | "))
    if index == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")) }
}
if smoke { print("bench-smoke: every figure was measured (\(figures.count) figures)") }
if !allMet { print("some targets were not met") }
