import Foundation
import Testing

/// A test CA and signer made with openssl for one test run (serials with their top bit clear: NSS,
/// hence pyHanko's peers, reject 21-byte serials).
struct TestPKI {
    let folder: URL
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-pki-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,nonRepudiation\n"
            .write(to: folder.appendingPathComponent("ext"), atomically: true, encoding: .utf8)
        let steps = [
            ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key"],
            ["req", "-x509", "-new", "-utf8", "-key", "ca.key", "-subj", "/CN=AC de test ldm", "-days", "30", "-set_serial", "0x1234", "-out", "ca.pem"],
            ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "signer.key"],
            ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "other.key"],
            ["genpkey", "-algorithm", "ed25519", "-out", "ed25519.key"],
            ["req", "-new", "-utf8", "-key", "signer.key", "-subj", "/CN=Recteur de test/O=Académie de test", "-out", "signer.csr"],
            ["x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "0x4567", "-days", "30",
             "-extfile", "ext", "-out", "signer.pem"],
            ["x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "0x4568", "-days", "-1",
             "-extfile", "ext", "-out", "expired.pem"],
        ]
        for step in steps {
            let run = try Command.run("/usr/bin/openssl", step, in: folder)
            guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["openssl": run.stderr]) }
        }
        let chain = try String(contentsOfFile: path("signer.pem"), encoding: .utf8) + String(contentsOfFile: path("ca.pem"), encoding: .utf8)
        try chain.write(toFile: path("chain.pem"), atomically: true, encoding: .utf8)
        let p12 = try Command.run("/usr/bin/openssl", ["pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem", "-certfile", "ca.pem",
                                                       "-passout", "pass:secret", "-out", "signer.p12"], in: folder)
        guard p12.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["openssl": p12.stderr]) }
    }
}

@Suite("PAdES-B-B signatures: ldm render --sign-*, ldm verify")
struct SignatureTests {
    static let dossier = LDMBinary.exampleCampaign.appendingPathComponent("dossiers/0060034E.yaml").path
    let pki: TestPKI

    init() throws { pki = try TestPKI() }

    func render(_ kind: String, _ signing: [String], environment: [String: String] = [:]) throws -> (run: Run, file: URL) {
        let output = pki.folder.appendingPathComponent("\(kind)-\(UUID().uuidString).pdf")
        let run = try LDMBinary.run(["render", kind, Self.dossier, "-o", output.path] + signing, environment: environment)
        return (run, output)
    }

    var pemSigner: [String] { ["--sign-key", pki.path("signer.key"), "--sign-cert", pki.path("chain.pem")] }

    @Test("a signed décision verifies, passes qpdf --check and stays PDF/A-1b")
    func signedDecision() throws {
        let (run, file) = try render("decision", pemSigner)
        #expect(run.status == 0, "\(run.stderr)")
        let verify = try LDMBinary.run(["verify", file.path])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("intégrité (empreinte de la plage signée) : oui"))
        #expect(verify.stdout.contains("signataire : O=Académie de test,CN=Recteur de test"))
        #expect(verify.stdout.contains("signature couvrant tout le fichier : oui"))
        #expect(verify.stdout.contains("date de signature : ") && verify.stdout.contains(" UTC\nsignature valide"), "\(verify.stdout)")
        #expect(verify.stdout.hasSuffix("signature valide\n"))
        #expect(try Command.run("/usr/bin/qpdf", ["--check", file.path]).status == 0)
        let preflight = try Command.run("/usr/bin/java", ["-cp", [
            "preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api",
        ].map { "/usr/share/java/\($0).jar" }.joined(separator: ":"), "org.apache.pdfbox.preflight.Validator_A1b", file.path])
        #expect(preflight.stdout.contains("is a valid PDF/A-1b file"), "\(preflight.stdout)")
    }

    @Test("the CMS carries exactly content-type, message-digest and signing-certificate-v2, and openssl verifies it")
    func signedAttributes() throws {
        let (run, file) = try render("certificat", pemSigner)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try Data(contentsOf: file)
        let text = String(decoding: pdf, as: UTF8.self)
        let ranges = try #require(text.matches(of: /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/).last)
        let (start, length, after, rest) = (Int(ranges.1)!, Int(ranges.2)!, Int(ranges.3)!, Int(ranges.4)!)
        #expect(start == 0 && after + rest == pdf.count)
        let hex = String(decoding: pdf[length + 1..<after - 1], as: UTF8.self)
        var cms = Data(stride(from: 0, to: hex.count, by: 2).map { offset -> UInt8 in
            let index = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[index..<hex.index(index, offsetBy: 2)], radix: 16)!
        })
        while cms.last == 0 { cms.removeLast() }
        try cms.write(to: pki.folder.appendingPathComponent("sig.der"))
        try (pdf[start..<length] + pdf[after..<after + rest]).write(to: pki.folder.appendingPathComponent("signed.bin"))
        let printed = try Command.run("/usr/bin/openssl", ["cms", "-cmsout", "-print", "-inform", "DER", "-in", "sig.der"], in: pki.folder)
        let attributes = printed.stdout.matches(of: /object: (\S+) \(1\.2\.840\.113549\.1\.9[.\d]*\)/).map { String($0.1) }
        #expect(attributes == ["contentType", "messageDigest", "id-smime-aa-signingCertificateV2"])
        #expect(!printed.stdout.contains("signingTime"))
        let verified = try Command.run("/usr/bin/openssl", ["cms", "-verify", "-inform", "DER", "-in", "sig.der", "-content", "signed.bin",
                                                            "-binary", "-CAfile", "ca.pem", "-purpose", "any", "-out", "/dev/null"], in: pki.folder)
        #expect(verified.status == 0, "\(verified.stderr)")
    }

    @Test("pyHanko finds the signature intact, valid and trusted against the test root")
    func pyHanko() throws {
        let (run, file) = try render("decision", pemSigner)
        #expect(run.status == 0, "\(run.stderr)")
        let pyhanko = try Command.run("/usr/bin/env", ["pyhanko", "sign", "validate", "--pretty-print", "--trust-replace",
                                                       "--trust", pki.path("ca.pem"), file.path])
        #expect(pyhanko.stdout.contains("The signature is cryptographically sound."), "\(pyhanko.stdout)\(pyhanko.stderr)")
        #expect(pyhanko.stdout.contains("The signer's certificate is trusted."))
        #expect(pyhanko.stdout.contains("The signature covers the entire file."))
        #expect(pyhanko.stdout.contains("The signature is judged VALID."))
    }

    @Test("signed acts say so on the page, naming the certificate's signer; unsigned ones do not", arguments: ["decision", "certificat"])
    func visibleSignatureLine(kind: String) throws {
        let (signed, signedFile) = try render(kind, pemSigner)
        #expect(signed.status == 0, "\(signed.stderr)")
        let text = try Command.run("/usr/bin/pdftotext", [signedFile.path, "-"]).stdout
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("lectroniquement par Recteur de test"), "\(text)")
        let (plain, plainFile) = try render(kind, [])
        #expect(plain.status == 0)
        #expect(!(try Command.run("/usr/bin/pdftotext", [plainFile.path, "-"]).stdout.contains("électroniquement")))
    }

    @Test("a PKCS#12 file signs with LDM_P12_PASSPHRASE")
    func pkcs12() throws {
        let (run, file) = try render("certificat", ["--sign-p12", pki.path("signer.p12")], environment: ["LDM_P12_PASSPHRASE": "secret"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try LDMBinary.run(["verify", file.path]).status == 0)
    }

    @Test("a byte changed in the signed range makes verify fail")
    func tampered() throws {
        let (_, file) = try render("decision", pemSigner)
        var pdf = try Data(contentsOf: file)
        let index = try #require(pdf.range(of: Data("/Producer".utf8))?.lowerBound)
        pdf[index + 1] = UInt8(ascii: "Q")
        try pdf.write(to: file)
        let verify = try LDMBinary.run(["verify", file.path])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("intégrité (empreinte de la plage signée) : non"))
        #expect(verify.stdout.hasSuffix("signature invalide\n"))
    }

    @Test("an unsigned PDF is reported as such")
    func unsigned() throws {
        let (_, file) = try render("decision", [])
        let verify = try LDMBinary.run(["verify", file.path])
        #expect(verify.status == 1)
        #expect(verify.stderr == "erreur : \(file.path) : ce PDF n'est pas signé (aucun dictionnaire de signature)\n")
    }

    @Test("documents other than décisions and certificates are not signed: the same bytes as without a key")
    func dossierUnchanged() throws {
        let signed = try render("rapport", pemSigner), unsigned = try render("rapport", [])
        #expect(signed.run.status == 0 && unsigned.run.status == 0)
        #expect(try Data(contentsOf: signed.file) == Data(contentsOf: unsigned.file))
    }

    struct BadInput: Sendable, CustomStringConvertible {
        let description: String
        let arguments: @Sendable (TestPKI) -> [String]
        let message: @Sendable (TestPKI) -> String
        var environment: [String: String] = [:]
    }

    static let badInputs: [BadInput] = [
        BadInput(description: "missing key", arguments: { ["--sign-key", $0.path("absente.key"), "--sign-cert", $0.path("chain.pem")] },
                 message: { "erreur : \($0.path("absente.key")) : la clé privée est introuvable ou illisible" }),
        BadInput(description: "certificate of another key", arguments: { ["--sign-key", $0.path("other.key"), "--sign-cert", $0.path("chain.pem")] },
                 message: { "erreur : \($0.path("chain.pem")) : le certificat « O=Académie de test,CN=Recteur de test » ne correspond pas à la clé privée de \($0.path("other.key"))" }),
        BadInput(description: "expired certificate", arguments: { ["--sign-key", $0.path("signer.key"), "--sign-cert", $0.path("expired.pem")] },
                 message: { "erreur : \($0.path("expired.pem")) : le certificat « O=Académie de test,CN=Recteur de test » a expiré le " }),
        BadInput(description: "unsupported key type", arguments: { ["--sign-key", $0.path("ed25519.key"), "--sign-cert", $0.path("chain.pem")] },
                 message: { "erreur : \($0.path("ed25519.key")) : type de clé non pris en charge (ECDSA P-256 ou RSA attendue)" }),
        BadInput(description: "no certificate in the chain file", arguments: { ["--sign-key", $0.path("signer.key"), "--sign-cert", $0.path("signer.key")] },
                 message: { "erreur : \($0.path("signer.key")) : aucun certificat PEM (« -----BEGIN CERTIFICATE----- ») dans ce fichier" }),
        BadInput(description: "wrong passphrase", arguments: { ["--sign-p12", $0.path("signer.p12")] },
                 message: { "erreur : \($0.path("signer.p12")) : fichier PKCS#12 illisible ou phrase de passe erronée" },
                 environment: ["LDM_P12_PASSPHRASE": "faux"]),
    ]

    @Test("bad signing input: a French error naming the file, no document written", arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let (run, file) = try render("decision", input.arguments(pki), environment: input.environment)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(input.message(pki)), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("aucun document écrit\n"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("batch signs décisions and certificates, and no other document")
    func batch() throws {
        let output = pki.folder.appendingPathComponent("batch")
        let run = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path, "--quiet",
                                     "--only", "decision", "--only", "rapport"] + pemSigner)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try LDMBinary.run(["verify", output.appendingPathComponent("0060034E/decision.pdf").path]).status == 0)
        #expect(try LDMBinary.run(["verify", output.appendingPathComponent("0060034E/rapport.pdf").path]).status == 1)
    }

    /// A copy of the example campaign whose campagne.yaml names signing files copied into it.
    func campaignSigning(_ entry: String, files: [String]) throws -> URL {
        let campaign = try LDMBinary.copyOfExample()
        let folder = campaign.appendingPathComponent("signature")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in files { try FileManager.default.copyItem(atPath: pki.path(name), toPath: folder.appendingPathComponent(name).path) }
        let file = campaign.appendingPathComponent("campagne.yaml")
        try (String(contentsOf: file, encoding: .utf8) + "signature_electronique:\n" + entry).write(to: file, atomically: true, encoding: .utf8)
        return campaign
    }

    @Test("the signing files named in campagne.yaml sign render's and batch's acts when the command names none",
          arguments: ["  cle: signature/signer.key\n  certificat: signature/chain.pem\n", "  pkcs12: signature/signer.p12\n"])
    func signingFilesInTheCampaign(entry: String) throws {
        let campaign = try campaignSigning(entry, files: ["signer.key", "chain.pem", "signer.p12"])
        let environment = ["LDM_P12_PASSPHRASE": "secret"]
        let decision = pki.folder.appendingPathComponent("campagne-\(UUID().uuidString).pdf")
        let render = try LDMBinary.run(["render", "decision", campaign.appendingPathComponent("dossiers/0060034E.yaml").path,
                                        "-o", decision.path], environment: environment)
        #expect(render.status == 0, "\(render.stderr)")
        let verify = try LDMBinary.run(["verify", decision.path])
        #expect(verify.status == 0 && verify.stdout.contains("signataire : O=Académie de test,CN=Recteur de test"), "\(verify.stdout)")
        let output = pki.folder.appendingPathComponent("batch-\(UUID().uuidString)")
        let batch = try LDMBinary.run(["batch", campaign.path, "-o", output.path, "--quiet", "--only", "certificat"],
                                      environment: environment)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(try LDMBinary.run(["verify", output.appendingPathComponent("0060034E/certificat.pdf").path]).status == 0)
    }

    @Test("signing files in campagne.yaml: missing, outside the campaign or half given are errors at their line",
          arguments: [
            ("  cle: signature/absente.key\n  certificat: signature/chain.pem\n", ":28:8: erreur : fichier « signature/absente.key » introuvable"),
            ("  pkcs12: ../../signer.p12\n", ":28:11: erreur : le chemin « ../../signer.p12 » sort du dossier de la campagne"),
            ("  cle: signature/signer.key\n", ":27:1: erreur : « cle » et « certificat » vont ensemble"),
            ("  pkcs12: signature/signer.p12\n  cle: signature/signer.key\n", ":28:11: erreur : « pkcs12 » remplace « cle » et « certificat »"),
          ])
    func badSigningFiles(entry: String, message: String) throws {
        let campaign = try campaignSigning(entry, files: ["signer.key", "chain.pem", "signer.p12"])
        let run = try LDMBinary.run(["check", campaign.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne.yaml" + message), "\(run.stderr)")
    }
}
