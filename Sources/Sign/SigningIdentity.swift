import _CryptoExtras
import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// The signer's private key and certificate chain (the signer's certificate first), checked before
/// any document is made: the key is a supported type, the certificate matches it and is valid now.
public struct SigningIdentity: Sendable {
    public let key: Certificate.PrivateKey
    /// The chain as the files hold it, in DER, the signer's certificate first.
    public let chain: [[UInt8]]
    public let certificate: Certificate

    /// The signer as the visible signature line names them: the certificate's common name, or its
    /// whole subject when it has none.
    public var signerName: String {
        let names = certificate.subject.flatMap { $0 }.filter { $0.type == .RDNAttributeType.commonName }
        return names.first.flatMap { String($0.value) } ?? "\(certificate.subject)"
    }

    /// A PEM private key and a PEM chain (the signer's certificate first, then its CAs).
    public static func load(keyFile: URL, chainFile: URL, now: Date = Date()) throws -> SigningIdentity {
        let keyText = try readText(keyFile, what: "la clé privée")
        let key: Certificate.PrivateKey
        do {
            key = try Certificate.PrivateKey(pemEncoded: keyText)
        } catch {
            throw SignError("\(keyFile.path) : clé privée illisible ou d'un type non pris en charge (ECDSA P-256 ou RSA en PEM attendue)")
        }
        let chainText = try readText(chainFile, what: "la chaîne de certificats")
        let documents = (try? PEMDocument.parseMultiple(pemString: chainText))?.filter { $0.discriminator == "CERTIFICATE" } ?? []
        guard !documents.isEmpty else {
            throw SignError("\(chainFile.path) : aucun certificat PEM (« -----BEGIN CERTIFICATE----- ») dans ce fichier")
        }
        return try SigningIdentity(key: key, chain: documents.map(\.derBytes), keyFile: keyFile, chainFile: chainFile, now: now)
    }

    /// A PKCS#12 file (key and chain together), opened with its passphrase.
    public static func load(p12File: URL, passphrase: String, now: Date = Date()) throws -> SigningIdentity {
        guard let bytes = FileManager.default.contents(atPath: p12File.path) else {
            throw SignError("\(p12File.path) : fichier PKCS#12 introuvable ou illisible")
        }
        let bundle: NIOSSLPKCS12Bundle
        do {
            bundle = try NIOSSLPKCS12Bundle(buffer: Array(bytes), passphrase: Array(passphrase.utf8))
        } catch {
            throw SignError("\(p12File.path) : fichier PKCS#12 illisible ou phrase de passe erronée")
        }
        // swift-nio-ssl gives the key in its traditional DER form (PKCS#1 for RSA, SEC 1 for EC).
        let der = try bundle.privateKey.derBytes
        guard let key = ["EC PRIVATE KEY", "RSA PRIVATE KEY"].lazy.compactMap({
            try? Certificate.PrivateKey(pemDocument: PEMDocument(type: $0, derBytes: der))
        }).first else {
            throw SignError("\(p12File.path) : type de clé non pris en charge (ECDSA P-256 ou RSA attendue)")
        }
        let chain = try bundle.certificateChain.map { try $0.toDERBytes() }
        return try SigningIdentity(key: key, chain: chain, keyFile: p12File, chainFile: p12File, now: now)
    }

    private init(key: Certificate.PrivateKey, chain: [[UInt8]], keyFile: URL, chainFile: URL, now: Date) throws {
        guard let first = chain.first, let certificate = try? Certificate(derEncoded: first) else {
            throw SignError("\(chainFile.path) : le premier certificat est illisible")
        }
        guard Self.algorithm(for: key) != nil else {
            throw SignError("\(keyFile.path) : type de clé non pris en charge (ECDSA P-256 ou RSA attendue)")
        }
        guard certificate.publicKey == key.publicKey else {
            throw SignError("\(chainFile.path) : le certificat « \(certificate.subject) » ne correspond pas à la clé privée de \(keyFile.path)")
        }
        guard now <= certificate.notValidAfter else {
            throw SignError("\(chainFile.path) : le certificat « \(certificate.subject) » a expiré le \(SignatureTime.text(certificate.notValidAfter))")
        }
        guard now >= certificate.notValidBefore else {
            throw SignError("\(chainFile.path) : le certificat « \(certificate.subject) » n'est valable qu'à partir du \(SignatureTime.text(certificate.notValidBefore))")
        }
        self.key = key
        self.chain = chain
        self.certificate = certificate
    }

    /// The signature algorithm for a key the project signs with: ECDSA P-256 or RSA, both over SHA-256.
    static func algorithm(for key: Certificate.PrivateKey) -> Certificate.SignatureAlgorithm? {
        if P256.Signing.PublicKey(key.publicKey) != nil { return .ecdsaWithSHA256 }
        if _RSA.Signing.PublicKey(key.publicKey) != nil { return .sha256WithRSAEncryption }
        return nil
    }

    var signatureAlgorithm: Certificate.SignatureAlgorithm { Self.algorithm(for: key)! }

    private static func readText(_ file: URL, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw SignError("\(file.path) : \(what) est introuvable ou illisible")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SignError("\(file.path) : \(what) n'est pas un fichier PEM (texte)")
        }
        return text
    }
}
