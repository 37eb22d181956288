// swift-tools-version:6.0
import PackageDescription

/// threadtutor: an interactive terminal tutorial about threads.
/// Targets have one job each; see docs/ARCHITECTURE.md for who may import whom.
let package = Package(
    name: "threadtutor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "threadtutor", targets: ["threadtutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        // System libraries: the only places that see C headers of curses and cmark-gfm.
        .systemLibrary(
            name: "CNcursesw",
            // No pkgConfig: ncursesw's .pc adds -D_XOPEN_SOURCE flags SwiftPM rejects with a warning;
            // the shim defines what is needed and the module map links the library.
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CThreadShim"),

        // Pure libraries.
        .target(name: "TutorBasics"),
        .target(name: "TextKernel"),
        .target(name: "ThreadModel", dependencies: ["TutorBasics", "TextKernel", "Yams"]),
        .target(name: "LessonKit", dependencies: ["TutorBasics", "TextKernel", "ThreadModel", "CCmarkGFM", "Yams"]),
        .target(name: "TextRender", dependencies: ["TutorBasics", "TextKernel", "LessonKit"]),
        .target(name: "ThreadLive", dependencies: ["TutorBasics", "ThreadModel", "CThreadShim"]),
        .target(name: "ThreadTrace", dependencies: ["TutorBasics", "ThreadModel", "CThreadShim"]),
        .target(name: "ProgressStore"),
        .target(name: "TutorUI", dependencies: ["TutorBasics", "TextKernel", "LessonKit", "TextRender", "ThreadModel", "ProgressStore"]),
        .target(name: "NCursesBackend", dependencies: ["TextKernel", "TutorUI", "CNcursesw"]),

        // The executable: wiring only.
        .executableTarget(
            name: "threadtutor",
            dependencies: [
                "TutorBasics", "TextKernel", "LessonKit", "ThreadModel", "ThreadLive", "ThreadTrace", "TextRender",
                "TutorUI", "NCursesBackend", "ProgressStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // `make bench`: measured figures against their targets (later issues add figures).
        .executableTarget(
            name: "threadtutor-bench",
            dependencies: ["TutorBasics", "TextKernel", "ThreadModel", "ThreadLive", "LessonKit", "TextRender", "TutorUI", "CCmarkGFM"]
        ),

        .testTarget(name: "TutorBasicsTests", dependencies: ["TutorBasics"]),
        .testTarget(name: "TextKernelTests", dependencies: ["TextKernel"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "TextKernel", "ThreadModel"], exclude: ["Fixtures"]),
        .testTarget(name: "ThreadModelTests", dependencies: ["ThreadModel", "Yams"]),
        .testTarget(name: "ThreadLiveTests", dependencies: ["ThreadLive", "ThreadModel"]),
        .testTarget(name: "ThreadTraceTests", dependencies: ["ThreadTrace", "ThreadModel", "TutorBasics"]),
        .testTarget(
            name: "TextRenderTests",
            dependencies: [
                "TextRender", "TextKernel", "LessonKit", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "TutorUITests",
            dependencies: [
                "TutorUI", "TextKernel", "LessonKit", "ProgressStore", "ThreadModel", "ThreadLive",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__", "Demo/__Snapshots__"]
        ),
        .testTarget(name: "ProgressStoreTests", dependencies: ["ProgressStore"]),
        .testTarget(name: "CurriculumTests", dependencies: ["LessonKit", "TutorBasics", "ThreadModel", "ThreadLive"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LessonKit", "threadtutor"]),
        .testTarget(name: "BenchTests", dependencies: ["threadtutor-bench"]),
    ],
    swiftLanguageModes: [.v6]
)
