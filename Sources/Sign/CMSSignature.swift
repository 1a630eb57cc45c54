import Crypto
import SwiftASN1
import X509

/// The CMS SignedData (RFC 5652) of a PAdES-B-B signature, detached (the PDF's byte ranges are the
/// content): one signer, identified by issuer and serial number, with exactly the signed attributes
/// ETSI EN 319 142-1 asks for at level B-B: content-type, message-digest and ESS
/// signing-certificate-v2. No signing-time: the signature dictionary's `/M` carries the time.
/// swift-certificates' own CMS writer is SPI and has no signing-certificate-v2, hence this one.
enum CMSSignature {
    static func signedData(digest: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        let attributes = try signedAttributes(digest: digest, identity: identity)
        // The signature covers the attributes' DER as a SET OF (tag 0x31), sorted.
        var set = DER.Serializer()
        try set.serializeSetOf(attributes)
        let signature = try identity.key.sign(bytes: set.serializedBytes, signatureAlgorithm: identity.signatureAlgorithm)

        var coder = DER.Serializer()
        try coder.appendConstructedNode(identifier: .sequence) { contentInfo in
            try contentInfo.serialize(OID.signedData)
            try contentInfo.appendConstructedNode(identifier: .context(0)) { explicit in
                try explicit.appendConstructedNode(identifier: .sequence) { signedData in
                    try signedData.serialize(1)
                    try signedData.appendConstructedNode(identifier: .set) { try $0.serialize(AlgorithmIdentifier(OID.sha256)) }
                    try signedData.appendConstructedNode(identifier: .sequence) { try $0.serialize(OID.data) }
                    signedData.appendConstructedNode(identifier: .context(0)) { certificates in
                        for certificate in identity.chain { certificates.serializeRawBytes(certificate) }
                    }
                    try signedData.appendConstructedNode(identifier: .set) { signerInfos in
                        try signerInfos.appendConstructedNode(identifier: .sequence) { signer in
                            try signer.serialize(1)
                            try serializeIssuerAndSerial(identity.certificate, into: &signer)
                            try signer.serialize(AlgorithmIdentifier(OID.sha256))
                            try signer.serializeSetOf(attributes, identifier: .context(0))
                            try signer.serialize(AlgorithmIdentifier(signatureAlgorithm: identity.signatureAlgorithm))
                            try signer.serialize(ASN1OctetString(contentBytes: ArraySlice(signature.rawRepresentation)))
                        }
                    }
                }
            }
        }
        return coder.serializedBytes
    }

    static func signedAttributes(digest: [UInt8], identity: SigningIdentity) throws -> [Attribute] {
        let certificateHash = Array(SHA256.hash(data: identity.chain[0]))
        return [
            try Attribute(OID.contentType) { try $0.serialize(OID.data) },
            try Attribute(OID.messageDigest) { try $0.serialize(ASN1OctetString(contentBytes: ArraySlice(digest))) },
            // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; the hash algorithm is
            // SHA-256, the default, so left out; issuerSerial names the certificate as the signer's id does.
            try Attribute(OID.signingCertificateV2) { value in
                try value.appendConstructedNode(identifier: .sequence) { certs in
                    try certs.appendConstructedNode(identifier: .sequence) { list in
                        try list.appendConstructedNode(identifier: .sequence) { certID in
                            try certID.serialize(ASN1OctetString(contentBytes: ArraySlice(certificateHash)))
                            try certID.appendConstructedNode(identifier: .sequence) { issuerSerial in
                                try issuerSerial.appendConstructedNode(identifier: .sequence) { generalNames in
                                    try generalNames.appendConstructedNode(identifier: .context(4)) {
                                        try $0.serialize(identity.certificate.issuer)
                                    }
                                }
                                try issuerSerial.serialize(identity.certificate.serialNumber.bytes)
                            }
                        }
                    }
                }
            },
        ]
    }

    private static func serializeIssuerAndSerial(_ certificate: Certificate, into coder: inout DER.Serializer) throws {
        try coder.appendConstructedNode(identifier: .sequence) {
            try $0.serialize(certificate.issuer)
            try $0.serialize(certificate.serialNumber.bytes)
        }
    }

    /// One attribute: its type and its single value, written as DER.
    struct Attribute: DERSerializable {
        let type: ASN1ObjectIdentifier
        let value: [UInt8]

        init(_ type: ASN1ObjectIdentifier, value write: (inout DER.Serializer) throws -> Void) throws {
            self.type = type
            var coder = DER.Serializer()
            try write(&coder)
            value = coder.serializedBytes
        }

        func serialize(into coder: inout DER.Serializer) throws {
            try coder.appendConstructedNode(identifier: .sequence) {
                try $0.serialize(type)
                $0.appendConstructedNode(identifier: .set) { $0.serializeRawBytes(value) }
            }
        }
    }

    /// AlgorithmIdentifier: SHA-256 without parameters (RFC 5754), ECDSA without, RSA with NULL.
    struct AlgorithmIdentifier: DERSerializable {
        let algorithm: ASN1ObjectIdentifier
        let nullParameters: Bool

        init(_ algorithm: ASN1ObjectIdentifier) {
            self.algorithm = algorithm
            nullParameters = false
        }

        init(signatureAlgorithm: Certificate.SignatureAlgorithm) {
            if signatureAlgorithm == .sha256WithRSAEncryption {
                algorithm = OID.sha256WithRSA
                nullParameters = true
            } else {
                algorithm = OID.ecdsaWithSHA256
                nullParameters = false
            }
        }

        func serialize(into coder: inout DER.Serializer) throws {
            try coder.appendConstructedNode(identifier: .sequence) {
                try $0.serialize(algorithm)
                if nullParameters { try $0.serialize(ASN1Null()) }
            }
        }
    }

    enum OID {
        static let data: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 1]
        static let signedData: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 2]
        static let contentType: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 3]
        static let messageDigest: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 4]
        static let signingCertificateV2: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 16, 2, 47]
        static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
        static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 2]
        static let sha256WithRSA: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 1, 11]
    }
}

extension ASN1Identifier {
    static func context(_ number: UInt) -> ASN1Identifier { ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific) }
}
