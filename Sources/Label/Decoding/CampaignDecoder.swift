import Foundation
import Native
import Templates

/// Decodes and checks `campagne.yaml`, resolving its criteria set.
struct CampaignDecoder {
    let criteria: CriteriaSetLoader
    let log: DiagnosticLog

    func decode(_ root: DataNode, file: String, folder: URL) -> Campaign? {
        let reader = ValueReader(log: log, positions: PositionTable())
        guard let top = MappingReader(root, path: "", keys: FileFormat.campaign.keys(), reader: reader) else { return nil }
        top.checkFormat()
        let year = schoolYear(top)
        let region = top.text("region_academique")
        let academie = top.text("academie")
        if let region, let academie { checkAcademie(academie, region: region, top) }
        let referentiel = top.text("referentiel")
        let set = referentiel.flatMap {
            criteria.load($0, at: top.positionOfValue("referentiel"), relativeTo: folder)
        }
        let lieu = top.text("lieu")
        let signataire = top.mapping("signataire", keys: FileFormat.campaign.keys("signataire")).flatMap { $0.asSignatory() }
        let groupe = top.mapping("groupe_regional", keys: FileFormat.campaign.keys("groupe_regional"), required: false).flatMap { group in
            let nom = group.text("nom")
            let president = group.person("president", qualite: true)
            return nom.flatMap { nom in president.map { RegionalGroup(nom: nom, president: $0) } }
        }
        let logo = top.text("logo", required: false).flatMap { checkLogo($0, folder: folder, at: top.positionOfValue("logo")) }
        let signing = top.mapping("signature_electronique", keys: FileFormat.campaign.keys("signature_electronique"), required: false)
            .flatMap { signingFiles($0, folder: folder) }
        let verification = top.text("verification", required: false)
        if let verification { checkVerification(verification, at: top.positionOfValue("verification")) }
        guard let year, let region, let academie, let referentiel, let set, let lieu, let signataire else { return nil }
        return Campaign(file: .start(of: file), folder: folder, campagne: year, regionAcademique: region,
                        academie: academie, referentiel: referentiel, criteria: set, lieu: lieu,
                        signataire: signataire, groupeRegional: groupe, logo: logo, verification: verification,
                        signing: signing)
    }

    /// `cle` with `certificat`, or `pkcs12`: files inside the campaign folder that exist.
    private func signingFiles(_ mapping: MappingReader, folder: URL) -> SigningFiles? {
        let key = mapping.text("cle", required: false), chain = mapping.text("certificat", required: false)
        let pkcs12 = mapping.text("pkcs12", required: false)
        func file(_ name: String, _ path: String) -> URL? {
            let location = mapping.positionOfValue(name)
            let url: URL
            do { url = try AllowedRoots.campaign([folder]).resolve(path, relativeTo: folder) } catch {
                log.error(location, "\(error)")
                return nil
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                log.error(location, "fichier « \(path) » introuvable", .note("les chemins sont relatifs au dossier de campagne.yaml"))
                return nil
            }
            return url
        }
        switch (key, chain, pkcs12) {
        case (let key?, let chain?, nil):
            guard let keyFile = file("cle", key), let chainFile = file("certificat", chain) else { return nil }
            return .pem(key: keyFile, chain: chainFile)
        case (nil, nil, let pkcs12?):
            return file("pkcs12", pkcs12).map(SigningFiles.pkcs12)
        case (_, _, .some):
            log.error(mapping.positionOfValue("pkcs12"), "« pkcs12 » remplace « cle » et « certificat » : donnez l'un ou l'autre")
        case (nil, nil, nil):
            log.error(mapping.location, "« signature_electronique » nomme « cle » et « certificat », ou « pkcs12 »")
        default:
            log.error(mapping.location, "« cle » et « certificat » vont ensemble : donnez la clé privée et le certificat du signataire")
        }
        return nil
    }

    private func schoolYear(_ top: MappingReader) -> SchoolYear? {
        guard let text = top.text("campagne") else { return nil }
        let years = text.split(separator: "-", omittingEmptySubsequences: false)
        if years.count == 2, years.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isNumber) }),
           let first = Int(years[0]), Int(years[1]) == first + 1 {
            return SchoolYear(firstYear: first)
        }
        log.error(top.positionOfValue("campagne"), "« campagne » doit être une année scolaire comme « 2026-2027 » (trouvé : « \(text) »)")
        return nil
    }

    private func checkAcademie(_ academie: String, region: String, _ top: MappingReader) {
        guard let expected = Academies.regions[academie] else {
            let near = NearestName.nearest(to: academie, in: Academies.names)
            log.warning(top.positionOfValue("academie"), "« \(academie) » n'est pas le nom d'une académie",
                        near.map { .hint("vouliez-vous dire « \($0) » ?") } ?? .note("académies : \(Academies.names.joined(separator: ", "))"))
            return
        }
        if expected != region {
            log.warning(top.positionOfValue("region_academique"),
                        "l'\(FrenchFormat.academie(academie)) appartient à la région académique \(expected), pas à \(region)")
        }
    }

    private func checkLogo(_ path: String, folder: URL, at location: SourceLocation) -> URL? {
        let roots = AllowedRoots.campaign([folder] + [criteria.builtInFolder?.deletingLastPathComponent()].compactMap { $0 })
        let url: URL
        do { url = try roots.resolve(path, relativeTo: folder) } catch {
            log.error(location, "\(error)")
            return nil
        }
        guard ["png", "svg"].contains(url.pathExtension.lowercased()) else {
            log.error(location, "le logo doit être un fichier PNG ou SVG (trouvé : « \(path) »)")
            return nil
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.error(location, "fichier de logo « \(path) » introuvable", .note("les chemins sont relatifs au dossier de campagne.yaml"))
            return nil
        }
        do { _ = try ImageLimits.check(path: url.path, name: path) } catch {
            log.error(location, "\(error)")
            return nil
        }
        return url
    }

    private func checkVerification(_ pattern: String, at location: SourceLocation) {
        if !(pattern.hasPrefix("https://") || pattern.hasPrefix("http://")) {
            log.error(location, "« verification » doit être une adresse web commençant par https://")
        } else if !pattern.contains("{code}") {
            log.error(location, "« verification » doit contenir « {code} », remplacé par le code de vérification de chaque certificat")
        }
    }
}
