import ArgumentParser
import Foundation
import Sign

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: fr("Vérifie la signature électronique d'un document."),
        discussion: fr("""
        Indique si le fichier est intact depuis sa signature (empreinte de la plage signée), qui l'a signé, \
        les dates de validité du certificat et si la signature couvre tout le fichier. Code de sortie 0 : \
        signature valide ; 1 : signature invalide ou absente.

        Exemple :
          ldm verify output/campagne-2026/0060034E/decision.pdf
        """)
    )

    @Argument(help: ArgumentHelp(fr("Le PDF signé."), valueName: "fichier"), completion: .file(extensions: ["pdf"]))
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Output.error("erreur : \(file) : fichier introuvable ou illisible")
            throw ExitCode.failure
        }
        let check: SignatureCheck
        do { check = try SignatureCheck(pdf: Array(data), file: file) } catch {
            Output.error("erreur : \(error)")
            throw ExitCode.failure
        }
        let yes = { (value: Bool) in value ? "oui" : "non" }
        print("""
        \(file) :
          intégrité (empreinte de la plage signée) : \(yes(check.digestMatches))
          signature du signataire : \(check.signatureValid ? "valide" : "invalide")
          certificat du signataire lié à la signature : \(yes(check.certificateBound))
          signataire : \(check.subject)
          certificat valable du \(SignatureTime.text(check.notValidBefore)) au \(SignatureTime.text(check.notValidAfter))
          signature couvrant tout le fichier : \(yes(check.coversWholeFile))
        """)
        if let time = check.signingTime { print("  date de signature : \(SignatureTime.text(time))") }
        print(check.isValid ? "signature valide" : "signature invalide")
        if !check.isValid { throw ExitCode.failure }
    }
}
