import Foundation

/// swift-argument-parser writes its help screens' headings and its usage errors in English; these
/// rules rewrite that fixed text in French (the commands' own texts are already French). Each rule
/// is one of the library's sentences, so a new library version that changes a sentence leaves it in
/// English, which the help snapshots of the tests catch.
enum FrenchHelp {
    private static let rules: [(pattern: String, template: String)] = [
        // Help screens.
        (#"(?m)^OVERVIEW: "#, "DESCRIPTION : "),
        (#"(?m)^USAGE: "#, "UTILISATION : "),
        (#"<subcommand>"#, "<sous-commande>"),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMENTS :"),
        (#"(?m)^OPTIONS:$"#, "OPTIONS :"),
        (#"(?m)^SUBCOMMANDS:$"#, "SOUS-COMMANDES :"),
        (#"Show the version\."#, "Affiche la version."),
        (#"Show help information\."#, "Affiche cette aide."),
        (#"See '([^']+) <sous-commande>' for detailed help\."#, "« $1 <sous-commande> » affiche l'aide d'une sous-commande."),
        (#"\(values: ([^;)]+); default: "#, "(valeurs : $1 ; par défaut : "),
        (#"\(values: "#, "(valeurs : "),
        (#"\(default: "#, "(par défaut : "),
        // Usage errors.
        (#"(?m)^Error: "#, "erreur : "),
        (#"Missing expected argument '([^']+)'"#, "argument obligatoire absent : « $1 »"),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "option inconnue « $1 » ; vouliez-vous dire « $2 » ?"),
        (#"Unknown option '([^']+)'"#, "option inconnue « $1 »"),
        (#"(\d+) unexpected arguments: '(.+)'"#, "$1 arguments inattendus : « $2 »"),
        (#"Unexpected argument '([^']+)'"#, "argument inattendu « $1 »"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "la valeur « $1 » ne convient pas pour « $2 »"),
        (#"\. Please provide one of (.+)\."#, " ; valeurs possibles : $1."),
        (#"\. Please provide one of the following:"#, " ; valeurs possibles :"),
        (#"Missing value for '([^']+)'"#, "valeur absente pour « $1 »"),
        (#"The option '([^']+)' does not take any value, but '([^']*)' was specified\."#,
         "l'option « $1 » ne prend pas de valeur (reçu : « $2 »)."),
        (#"Missing required subcommand\."#, "sous-commande absente."),
        (#"Invalid option: "#, "option invalide : "),
        (#"(?m)^Help:  "#, "aide : "),
        (#"(?m)^Usage: "#, "utilisation : "),
        (#"See '([^']+)' for more information\."#, "« $1 » en dit plus."),
    ]

    private static let compiled: [(NSRegularExpression, String)] = rules.map {
        (try! NSRegularExpression(pattern: $0.pattern), $0.template)
    }

    static func translate(_ text: String) -> String {
        var result = text
        for (expression, template) in compiled {
            result = expression.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result),
                                                         withTemplate: template)
        }
        // The lists of values an error quotes ('dossier', 'rapport' or 'certificat'); only on the error's
        // line, where no French apostrophe is.
        return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("erreur : ") else { return String(line) }
            return line.replacingOccurrences(of: #"'([^' ]+)' (or|and) '"#, with: "'$1' ou '", options: .regularExpression)
                .replacingOccurrences(of: #"'([^' ]+)'"#, with: "« $1 »", options: .regularExpression)
        }.joined(separator: "\n")
    }
}

/// French typography for the help texts: a no-break space inside « » and before « : ; ? ! », which
/// also keeps the help's line wrapping (at plain spaces) from leaving a « or a colon alone on a line.
func fr(_ text: String) -> String {
    // One pass over the scalars: every command's help is built at each start, whatever the command.
    let noBreakSpace: Unicode.Scalar = "\u{A0}"
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        if scalar == "«", next == " " {
            result.append(contentsOf: ["«", noBreakSpace])
            index += 2
            continue
        }
        if scalar == " ", let next, "»:;?!".unicodeScalars.contains(next) {
            result.append(noBreakSpace)
        } else {
            result.append(scalar)
        }
        index += 1
    }
    return String(result)
}
