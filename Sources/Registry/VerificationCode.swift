/// A verification code as people type it, checked before it reaches any query: ten characters of
/// Crockford's base 32, grouped « XXXX-XXXX-XX ». Case, spaces and hyphens are forgiven, and so are the
/// letters Crockford reads as digits (O for 0, I and L for 1).
public struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
    /// The grouped form, as printed on certificates.
    public let description: String

    private static let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public init?(_ text: some StringProtocol) {
        // Bounded before anything else: a long input is not worth looking at.
        guard text.utf8.count <= 40 else { return nil }
        var characters: [Character] = []
        for character in text.uppercased() {
            switch character {
            case "-", " ": continue
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                characters.append(character)
            }
        }
        guard characters.count == 10 else { return nil }
        let text = String(characters)
        description = "\(text.prefix(4))-\(text.dropFirst(4).prefix(4))-\(text.suffix(2))"
    }
}

/// A SHA-256 as lowercase hexadecimal, checked before any query.
public struct SHA256Digest: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init?(_ text: some StringProtocol) {
        let lower = text.lowercased()
        guard lower.utf8.count == 64, lower.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            return nil
        }
        description = lower
    }
}
