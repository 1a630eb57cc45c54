/// An establishment's identifier (unité administrative immatriculée): 7 digits and a check letter,
/// the letter being `ABCDEFGHJKLMNPRSTUVWXYZ`[n mod 23] for the 7-digit number n.
public struct UAI: Sendable, Hashable, CustomStringConvertible {
    public let code: String

    static let letters = Array("ABCDEFGHJKLMNPRSTUVWXYZ")

    public enum Problem: Sendable, Hashable {
        case shape
        case checkLetter(expected: Character)
    }

    public init?(_ code: String) {
        guard UAI.problem(code) == nil else { return nil }
        self.code = code
    }

    /// What is wrong with a code, or nil when it is valid.
    public static func problem(_ code: String) -> Problem? {
        let characters = Array(code)
        guard characters.count == 8, characters[..<7].allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(String(characters[..<7])) else { return .shape }
        let expected = checkLetter(for: number)
        return characters[7] == expected ? nil : .checkLetter(expected: expected)
    }

    public static func checkLetter(for number: Int) -> Character { letters[number % 23] }

    public var description: String { code }
}
