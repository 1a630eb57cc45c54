import ArgumentParser
import Foundation
import Registry
import Serve

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Sert les pages de vérification des certificats (/verifier/CODE) à partir d'un registre.",
        discussion: """
        Le service lit le registre sans jamais l'écrire ; `ldm revoke` peut le modifier pendant qu'il tourne.
        Derrière un serveur mandataire (reverse proxy), voir docs/verification.md.

        Exemple :
          ldm serve --registry output/campagne-2026/registre.sqlite --port 8080 \\
            --base-url https://label.ac-nice.example.fr
        """
    )

    @Option(help: "Le registre : un fichier SQLite ou une adresse postgres://…")
    var registry: String

    @Option(help: "L'adresse d'écoute.")
    var host = "127.0.0.1"

    @Option(help: "Le port d'écoute (0 : un port libre, annoncé au démarrage).")
    var port = 8080

    @Option(help: "L'adresse publique du service, sans « / » final : les liens des pages commencent par elle.")
    var baseURL = ""

    @Option(help: "Demandes permises par minute et par adresse de client.")
    var rateLimit = 120

    @Option(help: "Adresse d'un serveur mandataire dont l'en-tête X-Forwarded-For donne l'adresse du client ; répétable.")
    var trustedProxy: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port : un nombre de 0 à 65535") }
        guard rateLimit >= 1 else { throw ValidationError("--rate-limit : au moins 1") }
        if !baseURL.isEmpty {
            guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                  url.query == nil, url.fragment == nil else {
                throw ValidationError("--base-url : une adresse http:// ou https://, sans paramètres, par exemple https://label.ac-nice.fr")
            }
        }
    }

    func run() throws {
        let location = try registryLocation(registry)
        let configuration = ServeConfiguration(host: host, port: port, baseURL: baseURL, requestsPerMinute: rateLimit,
                                               trustedProxies: Set(trustedProxy))
        do {
            try blocking {
                let registry = try await location.open(readOnly: true)
                let server = VerificationServer(registry: registry, configuration: configuration)
                try await server.run { port in
                    Output.print("Vérification des certificats sur http://\(configuration.host):\(port)/ (registre : \(location))")
                }
                await registry.close()
            }
        } catch {
            Output.error("erreur : \(error)")
            throw ExitCode.failure
        }
    }
}
