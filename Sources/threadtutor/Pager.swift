import Foundation

/// Shows long text through `less -R` when it is installed, else prints it.
enum Pager {
    static func show(_ text: String) {
        let less = "/usr/bin/less"
        guard FileManager.default.isExecutableFile(atPath: less) else {
            print(text, terminator: "")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: less)
        process.arguments = ["-R"]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            print(text, terminator: "")
        }
    }
}
