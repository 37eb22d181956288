/// A challenge whose goal is reached: which one (its number in the lesson, from 1) and in how many moves.
/// The model turns it into a progress record.
public struct ChallengeSolved: Hashable, Sendable {
    public var number: Int
    public var moves: Int

    public init(number: Int, moves: Int) {
        self.number = number
        self.moves = moves
    }
}
