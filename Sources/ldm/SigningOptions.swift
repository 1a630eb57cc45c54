import ArgumentParser
import Foundation
import Label
import Sign

/// `--sign-key KEY.pem --sign-cert CHAIN.pem` or `--sign-p12 FILE.p12`: who signs décisions and
/// certificates. The PKCS#12 passphrase comes from LDM_P12_PASSPHRASE, or is asked on a terminal.
struct SigningOptions: ParsableArguments {
    @Option(name: .customLong("sign-key"), help: ArgumentHelp(fr("Clé privée PEM (ECDSA P-256 ou RSA) qui signe décisions et certificats."),
                                                              valueName: "clé.pem"))
    var key: String?

    @Option(name: .customLong("sign-cert"), help: ArgumentHelp(fr("Certificat PEM du signataire, suivi de ses autorités."),
                                                               valueName: "chaîne.pem"))
    var chain: String?

    @Option(name: .customLong("sign-p12"), help: ArgumentHelp(fr("Clé et certificats en PKCS#12 (phrase de passe : variable LDM_P12_PASSPHRASE)."),
                                                              valueName: "fichier.p12"))
    var p12: String?

    func validate() throws {
        if (key == nil) != (chain == nil) {
            throw ValidationError("--sign-key et --sign-cert vont ensemble : donnez la clé privée et le certificat du signataire")
        }
        if p12 != nil, key != nil { throw ValidationError("--sign-p12 remplace --sign-key et --sign-cert : donnez l'un ou l'autre") }
    }

    /// The signer, checked (key type, certificate matching the key and valid now): the one the command
    /// line names, else the campaign's `signature_electronique`; nil when neither names one.
    func identity(campaign: Campaign?) throws -> SigningIdentity? {
        if let key, let chain {
            return try SigningIdentity.load(keyFile: URL(fileURLWithPath: key), chainFile: URL(fileURLWithPath: chain))
        }
        if let p12 {
            return try SigningIdentity.load(p12File: URL(fileURLWithPath: p12), passphrase: try passphrase(for: p12))
        }
        switch campaign?.signing {
        case .pem(let key, let chain)?:
            return try SigningIdentity.load(keyFile: key, chainFile: chain)
        case .pkcs12(let file)?:
            return try SigningIdentity.load(p12File: file, passphrase: try passphrase(for: CampaignLoader.displayPath(file)))
        case nil:
            return nil
        }
    }

    private func passphrase(for file: String) throws -> String {
        if let value = ProcessInfo.processInfo.environment["LDM_P12_PASSPHRASE"] { return value }
        guard isatty(0) != 0, let typed = getpass("Phrase de passe de \(file) : ") else {
            throw SignError("\(file) : phrase de passe manquante : définissez la variable d'environnement LDM_P12_PASSPHRASE")
        }
        return String(cString: typed)
    }
}
