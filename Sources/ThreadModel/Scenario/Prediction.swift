/// Which threads the learner is asked to predict the next state of.
public enum Prediction: Hashable, Sendable {
    case none
    case all
    case threads([String])
}
