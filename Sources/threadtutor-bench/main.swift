#if canImport(Glibc)
import Glibc
#endif

// threadtutor-bench: `make bench` prints a table of figure | target | result (release build, full sizes);
// `--smoke` runs each figure once at a tiny size to check that it can be measured. Other arguments pick the
// figures whose names contain them (`threadtutor-bench simulate`). Run from the package root. Exits 1 when a
// figure of ours could not be measured (an anchor that cannot run only shows as "unavailable").

let arguments = CommandLine.arguments.dropFirst()
let smoke = arguments.contains("--smoke")
let filters = arguments.filter { !$0.hasPrefix("--") }
let appFigures = [AppFigures.startUp, BreakdownFigures.startUpStages, AppFigures.demoFrame]
let everyFigure = ThreadModelFigures.all + LiveFigures.all + appFigures + ShowFigures.all + KeyToFrameFigures.all
    + TerminalFigures.all
let figures = everyFigure.filter { figure in filters.isEmpty || filters.contains { figure.name.contains($0) } }

let loadBefore = MachineLoad.now()
var rows: [[String]] = [["figure", "target", "result", "met"]]
var allMet = true
var unmeasured: [String] = []
for figure in figures {
    do {
        let measured = try figure.measureWithDetails(smoke)
        allMet = allMet && measured.met
        rows.append([figure.name, figure.target, measured.result, measured.met ? "yes" : "NO"])
        for detail in measured.details {
            rows.append(["    " + detail.name, "", detail.result, detail.met ? "yes" : "NO"])
        }
    } catch {
        unmeasured.append(figure.name)
        rows.append([figure.name, figure.target, "NOT MEASURED: \(error)", "NO"])
    }
}
let widths = (0..<4).map { column in rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
for (index, row) in rows.enumerated() {
    let cells = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.unicodeScalars.count) }
    print(cells.joined(separator: " | "))
    if index == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")) }
}
print("machine: \(MachineLoad.cores) cores; load average \(loadBefore) before, \(MachineLoad.now()) after")
if !unmeasured.isEmpty {
    print("could not measure: \(unmeasured.joined(separator: ", "))")
    exit(1)
}
if smoke { print("bench-smoke: every figure was measured (\(figures.count) figures)") }
if !allMet { print("some targets were not met") }
