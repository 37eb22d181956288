/// ThreadModel: the five-state thread model, the scenario language, the simulator and the validator.
/// (Placeholder until the thread engine lands.)
public enum ThreadModelInfo {
    public static let stateCount = 5
}
