#if canImport(Glibc)
import Glibc
#endif

// threadtutor-bench: `make bench` prints a table of figure | target | result (release build, full sizes);
// `--smoke` runs each figure once at a tiny size to check that it can be measured. Other arguments pick the
// figures whose names contain them (`threadtutor-bench simulate`). `--binary PATH` measures another threadtutor;
// `--compare OLD NEW` prints the app-level figures of two binaries side by side (scripts/bench-compare.sh).
// Run from the package root. Exits 1 when a figure of ours could not be measured (an anchor that cannot run only
// shows as "unavailable").

var arguments = Array(CommandLine.arguments.dropFirst())
let smoke = arguments.contains("--smoke")
var compared: (old: String, new: String)?
var filters: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--binary" where !arguments.isEmpty:
        AppBinary.chosen = arguments.removeFirst()
    case "--compare" where arguments.count >= 2:
        compared = (arguments.removeFirst(), arguments.removeFirst())
    case "--smoke":
        break
    case let other where other.hasPrefix("--"):
        print("threadtutor-bench: unknown option \(other) (options: --smoke, --binary PATH, --compare OLD NEW)")
        exit(2)
    default:
        filters.append(argument)
    }
}

func printTable(_ rows: [[String]]) {
    let widths = rows[0].indices.map { column in rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
    for (index, row) in rows.enumerated() {
        let cells = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.unicodeScalars.count) }
        print(cells.joined(separator: " | "))
        if index == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")) }
    }
}

let loadBefore = MachineLoad.now()
if let compared {
    do {
        printTable(try CompareBinaries.run(old: compared.old, new: compared.new, smoke: smoke))
        print("machine: \(MachineLoad.cores) cores; load average \(loadBefore) before, \(MachineLoad.now()) after")
        exit(0)
    } catch {
        print("threadtutor-bench --compare: \(error)")
        exit(1)
    }
}

let appFigures = [AppFigures.startUp, BreakdownFigures.startUpStages, AppFigures.demoFrame]
let everyFigure = ThreadModelFigures.all + LiveFigures.all + appFigures + ShowFigures.all + KeyToFrameFigures.all
    + TerminalFigures.all + TraceFigures.all
let figures = everyFigure.filter { figure in filters.isEmpty || filters.contains { figure.name.contains($0) } }

var rows: [[String]] = [["figure", "target", "result", "met"]]
var allMet = true
var unmeasured: [String] = []
for figure in figures {
    do {
        let measured = try figure.measureWithDetails(smoke)
        allMet = allMet && measured.met
        rows.append([figure.name, figure.target, measured.result, measured.met ? "yes" : "NO"])
        for detail in measured.details {
            rows.append(["    " + detail.name, "", detail.result, detail.met.map { $0 ? "yes" : "NO" } ?? ""])
        }
    } catch {
        unmeasured.append(figure.name)
        rows.append([figure.name, figure.target, "NOT MEASURED: \(error)", "NO"])
    }
}
printTable(rows)
print("machine: \(MachineLoad.cores) cores; load average \(loadBefore) before, \(MachineLoad.now()) after")
if !unmeasured.isEmpty {
    print("could not measure: \(unmeasured.joined(separator: ", "))")
    exit(1)
}
if smoke { print("bench-smoke: every figure was measured (\(figures.count) figures)") }
if !allMet { print("some targets were not met") }
