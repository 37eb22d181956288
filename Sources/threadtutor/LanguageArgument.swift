import ArgumentParser
import TutorBasics

/// Lets `--lang en|ko` parse straight into the course language.
extension Language: ExpressibleByArgument {}
