import Testing

/// The suites that run python3, one test at a time across all of them: each reads /proc and wants the cores.
@Suite(.serialized) enum TraceRuns {}
