import ArgumentParser
import Foundation
import Registry

struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Consulte le registre des certificats délivrés : liste, recherche, export CSV.",
        discussion: """
        Exemples :
          ldm registry list --registry output/campagne-2026/registre.sqlite
          ldm registry search 0060034E --registry postgres://ldm@127.0.0.1/registre
          ldm registry export -o certificats.csv --registry output/campagne-2026/registre.sqlite
        """,
        subcommands: [List.self, Search.self, Export.self]
    )

    struct Options: ParsableArguments {
        @Option(help: "Le registre : un fichier SQLite ou une adresse postgres://…")
        var registry: String

        /// A school's certificates, the one of `code`, or all of them.
        func certificates(uai: String? = nil, code: VerificationCode? = nil) throws -> [IssuedCertificate] {
            let location = try registryLocation(registry)
            do {
                return try blocking {
                    let registry = try await location.open(readOnly: true)
                    do {
                        let found = if let code { try await registry.certificate(code: code).map { [$0] } ?? [] }
                                    else { try await registry.certificates(uai: uai) }
                        await registry.close()
                        return found
                    } catch { await registry.close(); throw error }
                }
            } catch {
                Output.error("erreur : \(error)")
                throw ExitCode.failure
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste tous les certificats du registre.")
        @OptionGroup var options: Options

        func run() throws { printTable(try options.certificates()) }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Cherche les certificats d'un établissement (UAI) ou un certificat (code).")
        @Argument(help: "Un UAI (0060034E) ou un code de vérification (7K2M-Q9XD-3F).")
        var term: String
        @OptionGroup var options: Options

        func run() throws {
            let uai = term.uppercased()
            let found: [IssuedCertificate]
            if uai.count == 8, uai.utf8.prefix(7).allSatisfy({ (48...57).contains($0) }), uai.last!.isLetter {
                found = try options.certificates(uai: uai)
            } else if let code = VerificationCode(term) {
                found = try options.certificates(code: code)
            } else {
                throw ValidationError("« \(term) » n'est ni un UAI (sept chiffres et une lettre) ni un code de vérification")
            }
            guard !found.isEmpty else {
                Output.error("Aucun certificat pour « \(term) » dans le registre.")
                throw ExitCode.failure
            }
            printTable(found)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Exporte le registre en CSV (séparateur « ; », UTF-8, pour un tableur).")
        @Option(name: .shortAndLong, help: "Le fichier CSV à écrire (par défaut : la sortie standard).")
        var output: String?
        @OptionGroup var options: Options

        func run() throws {
            let text = RegistryCSV.text(try options.certificates())
            guard let output else { FileHandle.standardOutput.write(Data(text.utf8)); return }
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                Output.error("erreur : impossible d'écrire \(output) : \(error.localizedDescription)")
                throw ExitCode.failure
            }
            Output.error("Registre exporté dans \(output).")
        }
    }
}

private func printTable(_ certificates: [IssuedCertificate]) {
    let today = frenchToday()
    guard !certificates.isEmpty else { Output.print("Le registre ne contient aucun certificat."); return }
    for c in certificates {
        var line = "\(c.number)  \(c.code)  \(c.school) (\(c.town))  du \(frenchFigures(c.validFrom)) au \(frenchFigures(c.validUntil))  \(c.status(on: today).french)"
        if let by = c.supersededBy { line += " par \(by)" }
        if let reason = c.revocationReason { line += " : \(reason)" }
        Output.print(line)
    }
    Output.print(certificates.count == 1 ? "1 certificat" : "\(certificates.count) certificats")
}

/// The registry as a spreadsheet reads it: « ; » between fields, quotes where needed, and a cell
/// that a spreadsheet would take for a formula made plain text.
enum RegistryCSV {
    static let header = ["numero", "code", "uai", "etablissement", "commune", "intitule", "debut", "fin",
                         "decision", "date_decision", "campagne", "sha256", "emis_le", "statut",
                         "remplace_par", "revoque_le", "motif"]

    static func text(_ certificates: [IssuedCertificate], today: String = frenchToday()) -> String {
        var lines = [header.joined(separator: ";")]
        for c in certificates {
            let fields = [c.number, c.code, c.uai, c.school, c.town, c.label, c.validFrom, c.validUntil,
                          c.decisionNumber, c.decisionDate, c.campaign, c.sha256, c.issuedAt.formatted(.iso8601),
                          c.status(on: today).french, c.supersededBy ?? "", c.revokedAt?.formatted(.iso8601) ?? "",
                          c.revocationReason ?? ""]
            lines.append(fields.map(cell).joined(separator: ";"))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
