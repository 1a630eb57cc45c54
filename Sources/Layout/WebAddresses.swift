/// Web addresses in running text (« https://www.education.gouv.fr/le-label-lycee-des-metiers »)
/// are never hyphenated: a hyphen added at a line's end would read as part of the address. They
/// may break after a « / » and before a « . », « - », « _ », « ? », « & » or « # » inside them, with
/// nothing added, so that the next line visibly goes on with the address (a hyphen begins it, as the
/// Chicago Manual of Style asks): a zero-width space marks each place.
enum WebAddresses {
    static let breakMark: Character = "\u{200B}"

    /// Whether `text` may hold an address: the common case costs one scan of its bytes (Foundation's
    /// `contains` of a string goes through NSString, many times dearer).
    static func mayContain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { index in
                switch bytes[index] {
                case UInt8(ascii: ":"): bytes[index...].starts(with: "://".utf8)
                case UInt8(ascii: "w"): bytes[index...].starts(with: "www.".utf8)
                default: false
                }
            }
        }
    }

    /// `text` cut into pieces, each an address (with its break marks) or not; `other` transforms
    /// the pieces that are not (hyphenation).
    static func marking(_ text: String, other: (String) -> String) -> String {
        var result = ""
        var plain = ""
        for (index, token) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { plain += " " }
            if isAddress(token) {
                result += other(plain)
                plain = ""
                result += breakable(token)
            } else {
                plain += token
            }
        }
        return result + other(plain)
    }

    private static func isAddress(_ token: Substring) -> Bool {
        token.contains("://") || token.hasPrefix("www.") || token.hasPrefix("(www.")
    }

    /// The address with a break mark after each « / » (but inside « :// ») and before each « . »,
    /// « - », « _ », « ? », « & », « # » that has more of the address after it (not a sentence's full stop).
    private static func breakable(_ token: Substring) -> String {
        let characters = Array(token)
        // Found once: a long token must cost linear time.
        let lastLetter = characters.lastIndex { $0.isLetter || $0.isNumber } ?? -1
        var result = ""
        for (index, character) in characters.enumerated() {
            let moreAfter = index < lastLetter
            if ".-_?&#".contains(character), index > 0, moreAfter { result.append(breakMark) }
            result.append(character)
            if character == "/", moreAfter, characters[index + 1] != "/" { result.append(breakMark) }
        }
        return result
    }
}
