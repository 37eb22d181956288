import ProgressStore

/// ProgressStore's `Progress`, named apart from Foundation's in files that import both.
typealias LearnerProgress = Progress
