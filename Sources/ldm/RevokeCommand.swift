import ArgumentParser
import Foundation
import Registry

struct RevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Révoque un certificat : sa page de vérification le dit, avec le motif.",
        discussion: """
        Le certificat reste au registre ; il n'est jamais effacé.

        Exemple :
          ldm revoke 7K2M-Q9XD-3F --reason "Décision annulée par le recteur" --registry output/campagne-2026/registre.sqlite
        """
    )

    @Argument(help: "Le code de vérification imprimé sur le certificat (par exemple 7K2M-Q9XD-3F).")
    var code: String

    @Option(help: "Le motif de la révocation, affiché sur la page de vérification.")
    var reason: String

    @Option(help: "Le registre : un fichier SQLite ou une adresse postgres://…")
    var registry: String

    func validate() throws {
        guard VerificationCode(code) != nil else {
            throw ValidationError("« \(code) » n'est pas un code de vérification : dix lettres et chiffres, par exemple 7K2M-Q9XD-3F")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, reason.count <= 500 else {
            throw ValidationError("--reason : donnez un motif, de 500 caractères au plus")
        }
    }

    func run() throws {
        let code = VerificationCode(code)!, reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let location = try registryLocation(registry)
        let revoked: IssuedCertificate
        do {
            revoked = try blocking {
                let registry = try await location.open()
                do {
                    let revoked = try await registry.revoke(code: code, reason: reason)
                    await registry.close()
                    return revoked
                } catch { await registry.close(); throw error }
            }
        } catch {
            Output.error("erreur : \(error)")
            throw ExitCode.failure
        }
        Output.print("Certificat \(revoked.number) (\(revoked.code)) de \(revoked.school) révoqué : \(reason)")
    }
}

func registryLocation(_ text: String) throws -> RegistryLocation {
    do { return try RegistryLocation(text) } catch { throw ValidationError("\(error)") }
}
