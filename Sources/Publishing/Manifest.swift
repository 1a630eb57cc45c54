import Native
import Foundation

/// `manifest.json`: every file a batch wrote with its SHA-256, and each certificate's number and
/// verification code, so that a printed certificate can be checked against the batch.
public struct Manifest: Encodable, Sendable, Equatable {
    public struct File: Encodable, Sendable, Equatable {
        public var path: String
        public var sha256: String
        public var bytes: Int
    }
    public struct Certificate: Encodable, Sendable, Equatable {
        public var uai: String
        public var numero: String
        public var code: String
        public var fichier: String
    }
    public var campagne: String
    public var files: [File]
    public var certificats: [Certificate]

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hex(bytes)
    }

    /// The whole text, for tests and small manifests.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        write { bytes += $0 }
        return bytes
    }

    /// Sorted keys, entries in the order given (the batch sorts them): the same batch gives the same
    /// manifest, whatever the number of jobs. Written entry by entry, handed to `sink` in pieces of
    /// about 64 KiB, rather than built through JSONEncoder, whose whole-document tree (and then the
    /// whole text) would weigh more than the rest of a ten-thousand-school batch.
    func write(to sink: ([UInt8]) throws -> Void) rethrows {
        var json = JSONText()
        json.open("{")
        json.key("campagne", first: true); json.string(campagne)
        json.key("certificats"); json.open("[")
        for (index, certificate) in certificats.enumerated() {
            try json.flush(above: 1 << 16, to: sink)
            json.element(first: index == 0); json.open("{")
            json.key("code", first: true); json.string(certificate.code)
            json.key("fichier"); json.string(certificate.fichier)
            json.key("numero"); json.string(certificate.numero)
            json.key("uai"); json.string(certificate.uai)
            json.close("}")
        }
        json.close("]", empty: certificats.isEmpty)
        json.key("files"); json.open("[")
        for (index, file) in files.enumerated() {
            try json.flush(above: 1 << 16, to: sink)
            json.element(first: index == 0); json.open("{")
            json.key("bytes", first: true); json.bytes += Array(String(file.bytes).utf8)
            json.key("path"); json.string(file.path)
            json.key("sha256"); json.string(file.sha256)
            json.close("}")
        }
        json.close("]", empty: files.isEmpty)
        json.close("}")
        json.bytes.append(0x0A)
        try json.flush(above: 0, to: sink)
    }
}

/// Indented JSON text, two spaces a level, `"key" : value` as Foundation prints it.
private struct JSONText {
    var bytes: [UInt8] = []
    private var depth = 0

    /// Hands the text so far to `sink` once it is over `limit` bytes.
    mutating func flush(above limit: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count > limit else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func open(_ bracket: Character) {
        bytes += Array(String(bracket).utf8)
        depth += 1
    }

    mutating func close(_ bracket: Character, empty: Bool = false) {
        depth -= 1
        if !empty { newline() }
        bytes += Array(String(bracket).utf8)
    }

    mutating func element(first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    mutating func key(_ name: String, first: Bool = false) {
        element(first: first)
        string(name)
        bytes += Array(" : ".utf8)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case ..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes += [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth)
    }
}
