/// The addresses a document may turn into link actions: web pages and e-mail. Any other scheme
/// (`javascript:`, `file:`, `data:`, a PDF launch action…) would let a campaign's text act on the
/// reader's machine, and an address without a scheme leads nowhere in a PDF.
public enum LinkPolicy {
    public static let schemes = ["https", "http", "mailto"]

    public static func allows(_ address: String) -> Bool {
        let trimmed = address.drop { $0 == " " }
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        return schemes.contains(trimmed[..<colon].lowercased()) && trimmed.index(after: colon) < trimmed.endIndex
    }

    /// Why `address` is refused, in the users' words.
    public static func refusal(_ address: String) -> String {
        "le lien « \(address) » n’est pas une adresse https:, http: ou mailto: : seules ces adresses deviennent des liens dans les documents"
    }
}
