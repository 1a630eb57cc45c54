import Crypto
import Foundation
import Native
import SwiftASN1
import X509

/// What `ldm verify` finds in a signed PDF: the last signature's integrity (the digest of its byte
/// ranges matches the signed message-digest, and the signature over the signed attributes is the
/// signer's), who signed, the certificate's validity, and whether the ranges cover the whole file.
public struct SignatureCheck: Sendable {
    public let digestMatches: Bool
    public let signatureValid: Bool
    /// The signed signing-certificate-v2 names the certificate that signed.
    public let certificateBound: Bool
    public let coversWholeFile: Bool
    public let subject: String
    public let notValidBefore: Date
    public let notValidAfter: Date
    /// The signature dictionary's `/M`: when the signer's software says it signed.
    public let signingTime: Date?

    public var isValid: Bool { digestMatches && signatureValid && certificateBound && coversWholeFile }

    public init(pdf: [UInt8], file: String) throws {
        let editor: PDFEditor
        do { editor = try PDFEditor(pdf: pdf) } catch { throw SignError("\(file) : ce fichier n'est pas un PDF lisible") }
        guard let dictionary = editor.objects.last(where: { editor.isDictionary($0, type: "Sig") }),
              let contents = editor.bytes(editor.value(dictionary, "Contents")) else {
            throw SignError("\(file) : ce PDF n'est pas signé (aucun dictionnaire de signature)")
        }
        let ranges = editor.items(editor.value(dictionary, "ByteRange")).compactMap { editor.integer($0) }
        guard ranges.count == 4, ranges.allSatisfy({ $0 >= 0 }), ranges[0] + ranges[1] <= ranges[2],
              ranges[2] + ranges[3] <= pdf.count else {
            throw SignError("\(file) : la plage d'octets signée (/ByteRange) est invalide")
        }
        var hasher = Crypto.SHA256()
        hasher.update(data: pdf[ranges[0]..<ranges[0] + ranges[1]])
        hasher.update(data: pdf[ranges[2]..<ranges[2] + ranges[3]])
        let digest = Array(hasher.finalize())
        coversWholeFile = ranges[0] == 0 && ranges[2] + ranges[3] == pdf.count
        signingTime = editor.text(editor.value(dictionary, "M")).flatMap { SignatureTime.date(pdf: $0) }

        let signer: SignedAttributes
        do { signer = try SignedAttributes(cms: contents) } catch {
            throw SignError("\(file) : la signature (CMS) est illisible")
        }
        subject = String(describing: signer.certificate.subject)
        notValidBefore = signer.certificate.notValidBefore
        notValidAfter = signer.certificate.notValidAfter
        digestMatches = signer.messageDigest == digest
        certificateBound = signer.certificateHash == Array(SHA256.hash(data: signer.certificateDER))
        signatureValid = signer.certificate.publicKey.isValidSignature(signer.signature, for: signer.signedBytes,
                                                                       signatureAlgorithm: signer.algorithm)
    }
}

/// The parts of a CMS SignedData a check needs, read with swift-asn1: the signer's certificate,
/// signed attributes (as signed: a SET OF) and signature.
struct SignedAttributes {
    let certificate: Certificate
    let certificateDER: [UInt8]
    let signedBytes: [UInt8]
    let messageDigest: [UInt8]?
    let certificateHash: [UInt8]?
    let signature: [UInt8]
    let algorithm: Certificate.SignatureAlgorithm
    /// The attribute types in the order they are encoded (for tests).
    let attributeTypes: [ASN1ObjectIdentifier]

    init(cms padded: [UInt8]) throws {
        let root = try DER.parse(Array(padded.prefix(try Self.encodedLength(padded))))
        let signedData = try Self.children(Self.children(root)[1])[0]
        let parts = try Self.children(signedData)
        guard let certificates = parts.first(where: { $0.identifier == .context(0) }),
              let signerInfos = parts.last, let signerInfo = try Self.children(signerInfos).first else {
            throw SignError("CMS incomplet")
        }
        let signerParts = try Self.children(signerInfo)
        guard signerParts.count >= 6, signerParts[3].identifier == .context(0) else { throw SignError("CMS sans attributs signés") }
        let serial = try ArraySlice<UInt8>(derEncoded: Self.children(signerParts[1])[1])
        let chain = try Self.children(certificates).map { Array($0.encodedBytes) }
        guard let der = try chain.first(where: { try Certificate(derEncoded: $0).serialNumber.bytes == serial }) else {
            throw SignError("CMS sans le certificat du signataire")
        }
        certificateDER = der
        certificate = try Certificate(derEncoded: der)
        // The attributes were signed as a SET OF: the same bytes with the universal SET tag.
        signedBytes = [0x31] + signerParts[3].encodedBytes.dropFirst()
        var digest: [UInt8]?, hash: [UInt8]?, types: [ASN1ObjectIdentifier] = []
        for attribute in try Self.children(signerParts[3]) {
            let fields = try Self.children(attribute)
            let type = try ASN1ObjectIdentifier(derEncoded: fields[0])
            types.append(type)
            guard let value = try Self.children(fields[1]).first else { continue }
            if type == CMSSignature.OID.messageDigest {
                digest = Array(try ASN1OctetString(derEncoded: value).bytes)
            } else if type == CMSSignature.OID.signingCertificateV2 {
                let certID = try Self.children(Self.children(value)[0])[0]
                hash = Array(try ASN1OctetString(derEncoded: Self.children(certID)[0]).bytes)
            }
        }
        messageDigest = digest
        certificateHash = hash
        attributeTypes = types
        let algorithmOID = try ASN1ObjectIdentifier(derEncoded: Self.children(signerParts[4])[0])
        algorithm = algorithmOID == CMSSignature.OID.sha256WithRSA ? .sha256WithRSAEncryption : .ecdsaWithSHA256
        signature = Array(try ASN1OctetString(derEncoded: signerParts[5]).bytes)
    }

    private static func children(_ node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else { throw SignError("CMS malformé") }
        return Array(nodes)
    }

    /// The DER length of the first element: /Contents is padded with zeros after it.
    private static func encodedLength(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count > 2, bytes[0] == 0x30 else { throw SignError("CMS malformé") }
        guard bytes[1] & 0x80 != 0 else { return 2 + Int(bytes[1]) }
        let count = Int(bytes[1] & 0x7F)
        guard (1...4).contains(count), bytes.count > 2 + count else { throw SignError("CMS malformé") }
        return 2 + count + bytes[2..<2 + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
