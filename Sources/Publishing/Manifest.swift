import Native
import Foundation

/// `manifest.json`: every file a batch wrote with its SHA-256, and each certificate's number and
/// verification code, so that a printed certificate can be checked against the batch.
public struct Manifest: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var sha256: String
        public var bytes: Int
    }
    public struct Certificate: Codable, Sendable, Equatable {
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

    /// Sorted keys and entries: the same batch gives the same manifest, whatever the number of jobs.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
