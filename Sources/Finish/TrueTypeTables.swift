import Native

/// The table directory of an embedded TrueType font, read only as far as the finishing steps need.
struct TrueTypeTables {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 12 else { throw NativeError("police intégrée illisible : fichier TrueType trop court") }
        self.bytes = bytes
    }

    /// The number of glyphs, from the `maxp` table.
    var glyphCount: Int {
        get throws {
            guard let maxp = offset(of: "maxp"), maxp + 6 <= bytes.count else {
                throw NativeError("police intégrée illisible : pas de table maxp")
            }
            return Int(uint16(at: maxp + 4))
        }
    }

    private func offset(of tag: String) -> Int? {
        let wanted = Array(tag.utf8)
        let count = Int(uint16(at: 4))
        for index in 0..<count {
            let record = 12 + 16 * index
            guard record + 16 <= bytes.count else { return nil }
            if Array(bytes[record..<record + 4]) == wanted { return Int(uint32(at: record + 8)) }
        }
        return nil
    }

    private func uint16(at offset: Int) -> UInt16 { UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]) }
    private func uint32(at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
