import Foundation
import HTTPTypes
import Hummingbird
import Registry

/// The service's pages: plain HTML in French, one style sheet, no script. Every value from the
/// registry or the request is escaped; pages show what the certificate shows and nothing more.
struct VerificationPages: Sendable {
    let baseURL: String

    func page(status: HTTPResponse.Status, title: String, body: String) -> Response {
        let html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) – Vérification des certificats « lycée des métiers »</title>
            <link rel="stylesheet" href="\(baseURL)/style.css">
            </head>
            <body>
            <header><p class="service"><a href="\(baseURL)/">Vérification des certificats du label « lycée des métiers »</a></p></header>
            <main>
            <h1>\(escape(title))</h1>
            \(body)
            </main>
            <footer><p><a href="\(baseURL)/">Vérifier un autre certificat</a></p></footer>
            </body>
            </html>

            """.frenchSpacing
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func home(message: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        page(status: status, title: "Vérifier un certificat", body: (message.map { "<p class=\"alerte\" role=\"alert\">\(escape($0))</p>\n" } ?? "") + forms)
    }

    private var forms: String {
        """
        <p>Chaque certificat du label porte un code de vérification de dix caractères, sous son code QR.
        Saisissez-le pour savoir si le certificat est authentique et toujours en vigueur.</p>
        <h2>Saisir le code</h2>
        <form method="get" action="\(baseURL)/verifier">
        <label for="code">Code de vérification (par exemple 7K2M-Q9XD-3F)</label>
        <input id="code" name="code" type="text" maxlength="20" autocomplete="off" spellcheck="false" required>
        <button type="submit">Vérifier</button>
        </form>
        <h2>Vérifier un fichier PDF</h2>
        <p>Déposez le fichier PDF d'un certificat : le service dit s'il est, octet pour octet, un certificat délivré
        et inscrit au registre. Le fichier n'est pas conservé.</p>
        <form method="post" action="\(baseURL)/verifier/fichier" enctype="multipart/form-data">
        <label for="pdf">Fichier PDF du certificat</label>
        <input id="pdf" name="pdf" type="file" accept="application/pdf" required>
        <button type="submit">Vérifier le fichier</button>
        </form>
        """
    }

    /// What the certificate says, and what became of it.
    func certificate(_ c: IssuedCertificate, today: String, replacement: IssuedCertificate?) -> Response {
        let status = c.status(on: today)
        let verdict: String
        switch status {
        case .valid:
            verdict = "ce certificat est authentique et en vigueur jusqu'au \(frenchFigures(c.validUntil)) inclus."
        case .notYetValid:
            verdict = "ce certificat est authentique ; il entre en vigueur le \(frenchFigures(c.validFrom))."
        case .expired:
            verdict = "ce certificat est authentique mais a expiré : il était valable jusqu'au \(frenchFigures(c.validUntil))."
        case .superseded:
            if let replacement {
                verdict = "ce certificat a été remplacé par le certificat n° \(replacement.number), valable du \(frenchFigures(replacement.validFrom)) au \(frenchFigures(replacement.validUntil))."
            } else {
                verdict = "ce certificat a été remplacé par un certificat plus récent du même établissement."
            }
        case .revoked:
            let day = c.revokedAt.map { frenchToday($0) }.map(frenchFigures) ?? ""
            verdict = "ce certificat a été révoqué le \(day) : \(c.revocationReason ?? "motif non précisé")."
        }
        var body = """
            <p class="statut statut-\(status.rawValue)" role="status"><strong>\(escape(status.french.capitalizedFirst))</strong> : \(escape(verdict))</p>

            """
        if let replacement {
            body += "<p><a href=\"\(baseURL)/verifier/\(escape(replacement.code))\">Voir le certificat qui le remplace (\(escape(replacement.code)))</a></p>\n"
        }
        body += """
            <h2>Ce que dit le certificat</h2>
            <dl>
            <dt>Certificat</dt><dd>n° \(escape(c.number))</dd>
            <dt>Code de vérification</dt><dd>\(escape(c.code))</dd>
            <dt>Établissement</dt><dd>\(escape(c.school))</dd>
            <dt>Commune</dt><dd>\(escape(c.town))</dd>
            <dt>UAI</dt><dd>\(escape(c.uai))</dd>
            <dt>Intitulé du label</dt><dd>\(escape(c.label))</dd>
            <dt>Validité</dt><dd>du \(frenchFigures(c.validFrom)) au \(frenchFigures(c.validUntil))</dd>
            <dt>Décision</dt><dd>n° \(escape(c.decisionNumber)) du \(frenchFigures(c.decisionDate))</dd>
            <dt>Campagne</dt><dd>\(escape(c.campaign))</dd>
            </dl>
            """
        return page(status: .ok, title: "Certificat \(c.number)", body: body)
    }

    func unknown(_ code: VerificationCode) -> Response {
        page(status: .notFound, title: "Certificat inconnu", body: """
            <p class="statut statut-inconnu" role="status"><strong>Inconnu</strong> : aucun certificat inscrit au registre ne porte le code \(escape(code.description)).
            Vérifiez la saisie ; un certificat dont le code n'est pas au registre n'a pas été délivré par ce service.</p>
            """)
    }

    func malformed() -> Response {
        home(message: "Ce code n'a pas la forme d'un code de vérification : dix lettres et chiffres, par exemple 7K2M-Q9XD-3F.",
             status: .badRequest)
    }

    func fileMatches(_ c: IssuedCertificate, today: String) -> Response {
        page(status: .ok, title: "Fichier reconnu", body: """
            <p class="statut statut-\(c.status(on: today).rawValue)" role="status"><strong>Reconnu</strong> : ce fichier est, octet pour octet,
            le certificat n° \(escape(c.number)) délivré à l'établissement « \(escape(c.school)) » (\(escape(c.town))).
            Ce certificat est aujourd'hui \(escape(c.status(on: today).french)).</p>
            <p><a href="\(baseURL)/verifier/\(escape(c.code))">Voir ce que dit le certificat et son état</a></p>
            """)
    }

    func fileUnknown() -> Response {
        page(status: .notFound, title: "Fichier non reconnu", body: """
            <p class="statut statut-inconnu" role="status"><strong>Non reconnu</strong> : ce fichier n'est pas, octet pour octet,
            un certificat inscrit au registre. Il a pu être modifié, ou ne pas avoir été délivré par ce service.
            Vérifiez plutôt le code imprimé sous le code QR.</p>
            """)
    }

    func notPDF() -> Response {
        page(status: .unsupportedMediaType, title: "Ce fichier n'est pas un PDF", body: """
            <p class="alerte" role="alert">Le fichier déposé n'est pas un document PDF. Déposez le fichier PDF du certificat.</p>
            """)
    }

    func tooLarge(limit: Int) -> Response {
        page(status: .contentTooLarge, title: "Fichier trop gros", body: """
            <p class="alerte" role="alert">La demande dépasse \(limit >> 20) Mo : un certificat pèse beaucoup moins. Déposez le fichier PDF du certificat seul.</p>
            """)
    }

    func badUpload() -> Response {
        page(status: .badRequest, title: "Dépôt illisible", body: """
            <p class="alerte" role="alert">Le formulaire envoyé ne contient pas de fichier lisible. Choisissez le fichier PDF du certificat, puis envoyez.</p>
            """)
    }

    func notFound() -> Response {
        page(status: .notFound, title: "Page introuvable", body: "<p>Cette adresse ne correspond à aucune page du service.</p>")
    }

    func failure() -> Response {
        page(status: .serviceUnavailable, title: "Service momentanément indisponible", body: """
            <p class="alerte" role="alert">Le registre des certificats ne répond pas. Réessayez dans quelques minutes.</p>
            """)
    }

    static let styleSheet = """
        body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: #1e1e1e; background: #ffffff; margin: 0; line-height: 1.5; }
        header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0.5rem 1.25rem; }
        header { border-bottom: 4px solid #000091; }
        .service a { color: #000091; font-weight: bold; text-decoration: none; }
        h1 { color: #000091; font-size: 1.8rem; }
        a { color: #000091; }
        label { display: block; font-weight: bold; margin: 1rem 0 0.25rem; }
        input[type=text] { font-size: 1.2rem; padding: 0.4rem; width: 14rem; border: 2px solid #3a3a3a; letter-spacing: 0.1em; }
        button { font-size: 1rem; padding: 0.5rem 1rem; margin-top: 0.5rem; background: #000091; color: #ffffff; border: 0; }
        a:focus, input:focus, button:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
        .statut { padding: 0.75rem 1rem; border-left: 6px solid; }
        .statut-valid { background: #b8fec9; border-color: #18753c; color: #0b3d1c; }
        .statut-notYetValid, .statut-expired, .statut-superseded { background: #feecc2; border-color: #716043; color: #3b2e12; }
        .statut-revoked, .statut-inconnu { background: #ffe9e9; border-color: #ce0500; color: #5e0b0b; }
        .alerte { background: #ffe9e9; border-left: 6px solid #ce0500; padding: 0.75rem 1rem; color: #5e0b0b; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        footer { border-top: 1px solid #dddddd; margin-top: 2rem; }

        """
}

/// Text made safe inside HTML elements and quoted attributes.
func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// French typography: no break before « : ; ! ? » and inside guillemets, nor after « n° ».
    /// Pages hold no other text where these sequences occur.
    var frenchSpacing: String {
        var text = self
        for (plain, fixed) in [(" :", "\u{A0}:"), (" ;", "\u{A0};"), (" !", "\u{A0}!"), (" ?", "\u{A0}?"),
                               ("« ", "«\u{A0}"), (" »", "\u{A0}»"), ("n° ", "n°\u{A0}")] {
            text = text.replacingOccurrences(of: plain, with: fixed)
        }
        return text
    }
}
