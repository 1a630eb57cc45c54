import Foundation
import Registry
import Testing

@Suite("ldm serve: verification pages")
struct VerificationPageTests {
    /// Each page is French, accessible and script-free, and shows nothing the certificate does not.
    func expectPlainFrenchPage(_ answer: HTTPAnswer) {
        #expect(answer.body.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(answer.body.components(separatedBy: "<h1>").count == 2)
        #expect(answer.body.contains("<main>"))
        #expect(!answer.body.contains("<script"))
        #expect(answer.header("Content-Type") == "text/html; charset=utf-8")
        #expect(answer.header("Content-Security-Policy")?.hasPrefix("default-src 'none'") == true)
        // The head of the school and the referent are in the dossier, not on the certificate.
        for name in ["Lambert", "Giordano", "Benali"] { #expect(!answer.body.contains(name)) }
    }

    @Test func eachStatusHasItsPage() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }

        let valid = try http("\(server.base)/verifier/\(fixture.valid.code)")
        #expect(valid.status == 200)
        #expect(valid.body.contains("<strong>Valide</strong>\u{A0}: ce certificat est authentique et en vigueur jusqu&#39;au \(frenchFigures(fixture.valid.validUntil)) inclus."))
        #expect(valid.body.contains("<dt>Établissement</dt><dd>Lycée Jeanne et Paul Augier</dd>"))
        #expect(valid.body.contains("<dt>UAI</dt><dd>0060034E</dd>"))
        #expect(!valid.body.contains(fixture.valid.sha256))
        expectPlainFrenchPage(valid)

        let revoked = try http("\(server.base)/verifier/\(fixture.revoked.code)")
        #expect(revoked.status == 200)
        #expect(revoked.body.contains("<strong>Révoqué</strong>\u{A0}: ce certificat a été révoqué le "))
        #expect(revoked.body.contains(Fixture.reason))
        expectPlainFrenchPage(revoked)

        let superseded = try http("\(server.base)/verifier/\(fixture.superseded.code)")
        #expect(superseded.status == 200)
        #expect(superseded.body.contains("<strong>Remplacé</strong>\u{A0}: ce certificat a été remplacé par le certificat n°\u{A0}\(fixture.replacement.number)"))
        #expect(superseded.body.contains("<a href=\"/verifier/\(fixture.replacement.code)\">"))
        expectPlainFrenchPage(superseded)

        let expired = try http("\(server.base)/verifier/\(fixture.expired.code.lowercased())")
        #expect(expired.status == 200)
        #expect(expired.body.contains("<strong>Expiré</strong>\u{A0}: ce certificat est authentique mais a expiré\u{A0}: il était valable jusqu&#39;au 31/08/2020."))
        expectPlainFrenchPage(expired)

        let future = try http("\(server.base)/verifier/\(fixture.future.code)")
        #expect(future.status == 200)
        #expect(future.body.contains("<strong>Pas encore en vigueur</strong>\u{A0}: ce certificat est authentique\u{A0}; il entre en vigueur le 01/09/2099."))
        expectPlainFrenchPage(future)

        let unknown = try http("\(server.base)/verifier/ZZZZ-ZZZZ-Z9")
        #expect(unknown.status == 404)
        #expect(unknown.body.contains("<h1>Certificat inconnu</h1>"))
        #expect(unknown.body.contains("aucun certificat inscrit au registre ne porte le code ZZZZ-ZZZZ-Z9"))
        expectPlainFrenchPage(unknown)

        let home = try http("\(server.base)/")
        #expect(home.status == 200)
        #expect(home.body.contains("<label for=\"code\">") && home.body.contains("<input id=\"code\" name=\"code\""))
        #expect(home.body.contains("<label for=\"pdf\">") && home.body.contains("enctype=\"multipart/form-data\""))
        expectPlainFrenchPage(home)
    }

    @Test func theFormLeadsToTheCodesPage() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry, extra: ["--base-url", "https://label.ac-nice.example.fr/label/"])
        defer { server.stop() }
        let typed = fixture.valid.code.lowercased().replacingOccurrences(of: "-", with: "%20")
        let answer = try http("\(server.base)/verifier?code=\(typed)")
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "https://label.ac-nice.example.fr/label/verifier/\(fixture.valid.code)")
        let page = try http("\(server.base)/verifier/\(fixture.valid.code)")
        #expect(page.body.contains("<link rel=\"stylesheet\" href=\"https://label.ac-nice.example.fr/label/style.css\">"))
        let malformed = try http("\(server.base)/verifier?code=abc")
        #expect(malformed.status == 400)
        #expect(malformed.body.contains("Ce code n&#39;a pas la forme d&#39;un code de vérification"))
    }

    @Test(arguments: ["1%27%20OR%20%271%27%3D%271", "0E0K-WXGD-24%27%3B%20DROP%20TABLE%20certificates%3B%20--",
                      "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", String(repeating: "7", count: 5000)])
    func injectedOrMalformedCodesAreRefusedBeforeAnyQuery(code: String) async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }
        let answer = try http("\(server.base)/verifier/\(code)")
        #expect(answer.status == 400)
        #expect(!answer.body.contains("<script>alert"))
        #expect(answer.body.contains("dix lettres et chiffres"))
        // The registry is still whole.
        #expect(try http("\(server.base)/verifier/\(fixture.valid.code)").status == 200)
        let store = try await RegistryLocation.sqlite(path: fixture.registry).open(readOnly: true)
        #expect(try await store.certificates().count == 6)
        await store.close()
    }

    @Test func unknownAddressesAnswer404InFrench() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }
        for path in ["/admin", "/verifier/\(fixture.valid.code)/plus", "/registre.sqlite"] {
            let answer = try http("\(server.base)\(path)")
            #expect(answer.status == 404, "\(path)")
            #expect(answer.body.contains("<h1>Page introuvable</h1>"))
        }
        #expect(try http("\(server.base)/verifier/\(fixture.valid.code)", ["-X", "DELETE"]).status == 404)
    }

    @Test func uploadTellsWhetherAFileIsOneTheRegistryIssued() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }
        let url = "\(server.base)/verifier/fichier"
        let issued = fixture.output.appendingPathComponent("0060034E/certificat.pdf")

        let match = try http(url, ["-F", "pdf=@\(issued.path);type=application/pdf"])
        #expect(match.status == 200)
        #expect(match.body.contains("<strong>Reconnu</strong>\u{A0}: ce fichier est, octet pour octet,\nle certificat n°\u{A0}CLM-2026-0060034E"))

        var bytes = try Data(contentsOf: issued)
        bytes[bytes.count / 2] ^= 0x01
        let altered = fixture.output.deletingLastPathComponent().appendingPathComponent("modifie.pdf")
        try bytes.write(to: altered)
        let changed = try http(url, ["-F", "pdf=@\(altered.path)"])
        #expect(changed.status == 404)
        #expect(changed.body.contains("<strong>Non reconnu</strong>"))

        let summary = try http(url, ["-F", "pdf=@\(fixture.output.appendingPathComponent("synthese.pdf").path)"])
        #expect(summary.status == 404)

        let notPDF = try http(url, ["-F", "pdf=@\(fixture.output.appendingPathComponent("manifest.json").path)"])
        #expect(notPDF.status == 415)
        #expect(notPDF.body.contains("<h1>Ce fichier n&#39;est pas un PDF</h1>"))

        #expect(try http(url, ["-F", "autre=@\(issued.path)"]).status == 400)
        #expect(try http(url, ["--data-binary", "@\(issued.path)", "-H", "Content-Type: application/pdf"]).status == 400)

        let big = fixture.output.deletingLastPathComponent().appendingPathComponent("gros.pdf")
        try (Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: 5 << 20)).write(to: big)
        let oversized = try http(url, ["-F", "pdf=@\(big.path)"])
        #expect(oversized.status == 413)
        #expect(oversized.body.contains("<h1>Fichier trop gros</h1>"))
        // Chunked, without a length announced: the bound still holds.
        let chunked = try http(url, ["-H", "Transfer-Encoding: chunked", "-H", "Content-Type: multipart/form-data; boundary=x",
                                     "--data-binary", "@\(big.path)"])
        #expect(chunked.status == 413)
    }

    @Test func oversizedHeadersAreRefusedAndTheServerGoesOn() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }
        let header = try LDM.temporaryFolder().appendingPathComponent("header")
        try ("X-Remplissage: " + String(repeating: "a", count: 40_000) + "\n").write(to: header, atomically: true, encoding: .utf8)
        #expect(try http("\(server.base)/", ["-H", "@\(header.path)"]).status == 400)
        #expect(try http("\(server.base)/verifier/\(fixture.valid.code)").status == 200)
    }

    @Test func aClientAddressIsLimitedInRequestsPerMinute() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry, extra: ["--rate-limit", "5"])
        defer { server.stop() }
        for _ in 0..<5 { #expect(try http("\(server.base)/verifier/\(fixture.valid.code)").status == 200) }
        let refused = try http("\(server.base)/verifier/\(fixture.valid.code)")
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "60")
        #expect(refused.body.contains("<h1>Trop de demandes</h1>"))
    }

    @Test func behindATrustedProxyTheLimitIsPerForwardedClient() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry, extra: ["--rate-limit", "2", "--trusted-proxy", "127.0.0.1"])
        defer { server.stop() }
        let page = "\(server.base)/verifier/\(fixture.valid.code)"
        // Header values only: no request goes to these addresses.
        for _ in 0..<2 { #expect(try http(page, ["-H", "X-Forwarded-For: 192.0.2.7, 198.51.100.1"]).status == 200) }
        #expect(try http(page, ["-H", "X-Forwarded-For: 192.0.2.7, 198.51.100.1"]).status == 429)
        #expect(try http(page, ["-H", "X-Forwarded-For: 198.51.100.2"]).status == 200)
        // Without the option, the header is the client's own say and counts for nothing.
        let plain = try Server(registry: fixture.registry, extra: ["--rate-limit", "2"])
        defer { plain.stop() }
        let direct = "\(plain.base)/verifier/\(fixture.valid.code)"
        #expect(try http(direct, ["-H", "X-Forwarded-For: 198.51.100.3"]).status == 200)
        #expect(try http(direct, ["-H", "X-Forwarded-For: 198.51.100.4"]).status == 200)
        #expect(try http(direct, ["-H", "X-Forwarded-For: 198.51.100.5"]).status == 429)
    }

    @Test func aRegistryThatIsNotLdmsStopsTheServerWithAFrenchError() throws {
        let file = try LDM.temporaryFolder().appendingPathComponent("autre.sqlite")
        try Data("pas une base".utf8).write(to: file)
        let run = try LDM.run(["serve", "--registry", file.path, "--port", "0"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("erreur : « \(file.path) » n'est pas un registre ldm"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "pas une base")
    }
}

@Suite("The certificate's QR code")
struct QRCodeTests {
    /// The QR printed on the example certificate holds the campaign's `verification` address with the
    /// certificate's code; the same path on `ldm serve` is that certificate's page.
    @Test func theQRLeadsToTheCertificatesPage() async throws {
        let fixture = try await Fixture.shared.value
        let picture = fixture.output.deletingLastPathComponent().appendingPathComponent("qr")
        let pdf = fixture.output.appendingPathComponent("0060034E/certificat.pdf").path
        #expect(try command(URL(fileURLWithPath: "/usr/bin/pdftoppm"), ["-r", "200", "-png", "-singlefile", pdf, picture.path]).status == 0)
        let scan = try command(URL(fileURLWithPath: "/usr/bin/zbarimg"), ["--quiet", "--raw", picture.path + ".png"])
        let address = scan.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(address == "https://label.ac-nice.example.fr/verifier/\(fixture.valid.code)")
        let server = try Server(registry: fixture.registry, extra: ["--base-url", "https://label.ac-nice.example.fr"])
        defer { server.stop() }
        let path = try #require(URL(string: address)?.path)
        let page = try http("\(server.base)\(path)")
        #expect(page.status == 200)
        #expect(page.body.contains("<dt>Code de vérification</dt><dd>\(fixture.valid.code)</dd>"))
    }
}
