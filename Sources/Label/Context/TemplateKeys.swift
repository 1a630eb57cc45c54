/// The keys a template may read, each with a one-line French description: the catalogue the
/// documentation is generated from and `ldm check` compares templates with. `a.b` is a key inside a
/// mapping, `a[].b` a key of each element of a list. A key of kind `date` also has `.texte`,
/// `.numerique`, `.iso` and `.annee`; every list and text has `.count`, `.first` and `.last`.
import Templates

public enum TemplateKeys {
    public typealias Kind = KeyKind

    public struct Key: Sendable {
        public var path: String
        public var kind: Kind
        public var description: String
    }

    /// The keys by path, as `TemplateEngine.check` reads them.
    public static func kinds(_ keys: [Key]) -> [String: Kind] {
        Dictionary(keys.map { ($0.path, $0.kind) }) { first, _ in first }
    }

    /// What a dossier's documents (dossier, rapport, decision, certificat) read.
    public static let dossier: [Key] = campaign + [
        k("type", "type de la demande : « premiere_demande » ou « renouvellement »"),
        k("est_renouvellement", "vrai pour une demande de renouvellement"),
        m("etablissement", "l'établissement candidat"),
        k("etablissement.uai", "le code UAI de l'établissement"),
        k("etablissement.nom", "le nom de l'établissement"),
        k("etablissement.nature", "la nature de l'établissement (lp, lpo, erea, lea)"),
        k("etablissement.nature_libelle", "la nature en toutes lettres (« Lycée professionnel »…)"),
        k("etablissement.statut", "le statut (public, prive_sous_contrat)"),
        k("etablissement.statut_libelle", "le statut en toutes lettres (« public », « privé sous contrat »)"),
        m("etablissement.adresse", "l'adresse de l'établissement"),
        k("etablissement.adresse.voie", "la voie (numéro et rue)"),
        k("etablissement.adresse.code_postal", "le code postal"),
        k("etablissement.adresse.commune", "la commune"),
    ] + person("etablissement.chef_etablissement", "le chef d'établissement") + [
        k("etablissement.chef_titre", "le titre du chef d'établissement, accordé (« La proviseure »)"),
        k("etablissement.chef_fonction", "sa fonction sans article, accordée (« proviseure », « directeur »)"),
        k("etablissement.chef_etablissement.fonction", "« Chef d'établissement » ou « Cheffe d'établissement »"),
    ] + person("etablissement.ddfpt", "le DDFPT, s'il est indiqué") + [
        k("etablissement.ddfpt.fonction", "« Directeur délégué » ou « Directrice déléguée aux formations professionnelles et technologiques »"),
    ] + person("etablissement.referent", "le référent du label, s'il est indiqué") + [
        k("etablissement.referent.fonction", "« Référent du label » ou « Référente du label »"),
    ] + person("signataire", "qui signe les actes de l'établissement : le signataire propre à la décision, sinon celui de la campagne")
      + signatory("signataire") + [
        m("signature_electronique", "présent quand le document est signé électroniquement (décisions et certificats)"),
        k("signature_electronique.signataire", "le nom du certificat qui signe (son « common name »)"),
        m("label", "le label demandé"),
        k("label.intitule", "l'intitulé du label demandé"),
        k("label.ensemble_de_metiers", "l'ensemble de métiers"),
        m("label.precedent", "le label précédent, pour un renouvellement"),
        k("label.precedent.intitule", "l'intitulé du label précédent"),
        d("label.precedent.date_decision", "la date de la décision précédente"),
        d("label.precedent.date_fin", "la fin du label précédent"),
        l("formations", "les formations de l'établissement"),
        k("formations[].diplome", "le diplôme"),
        k("formations[].specialite", "la spécialité"),
        k("formations[].cfd", "le code formation diplôme, s'il est indiqué"),
        k("formations[].niveau", "le niveau (3 à 8)"),
        m("formations[].voies", "pour chaque voie, vrai si la formation y est ouverte"),
    ] + routes("formations[].voies", "vrai si la formation est ouverte à la voie") + [
        m("formations[].effectifs", "l'effectif par voie (vide si la voie n'est pas ouverte)"),
    ] + routes("formations[].effectifs", "l'effectif de la voie") + [
        k("formations[].total", "l'effectif total de la formation"),
        m("totaux", "les effectifs totaux"),
        k("totaux.total", "l'effectif total de l'établissement"),
    ] + routes("totaux", "l'effectif total de la voie") + levels + [
        l("voies", "par voie : formations ouvertes et effectif"),
        k("voies[].code", "le code de la voie"),
        k("voies[].libelle", "le nom de la voie"),
        k("voies[].valeur", "le nombre de formations ouvertes à la voie"),
        k("voies[].effectif", "l'effectif de la voie"),
        m("echelles", "le haut de l'échelle des graphiques"),
        k("echelles.niveaux", "le haut de l'échelle du graphique des niveaux"),
        k("echelles.voies", "le haut de l'échelle du graphique des voies"),
        l("publics", "les publics accueillis, un par voie"),
        k("publics[].libelle", "le nom du public (« Apprentis »…)"),
        k("publics[].effectif", "son effectif"),
        k("publics[].formations", "le nombre de formations qui l'accueillent"),
        k("publics[].part", "sa part de l'effectif total, en pour cent"),
        l("partenariats", "les partenariats de l'établissement"),
        k("partenariats[].nom", "le nom du partenaire"),
        k("partenariats[].type", "le type de partenaire (code)"),
        k("partenariats[].type_libelle", "le type de partenaire en toutes lettres"),
        k("partenariats[].objet", "l'objet du partenariat"),
        d("partenariats[].convention", "la date de la convention, s'il y en a une"),
        l("services_entreprises", "les services proposés aux entreprises"),
        k("services_entreprises[].intitule", "l'intitulé du service"),
        k("services_entreprises[].description", "sa description"),
        l("criteres", "les réponses de l'établissement aux critères du cahier des charges"),
        k("criteres[].id", "l'identifiant du critère"),
        k("criteres[].numero", "son numéro d'ordre, à partir de 1"),
        k("criteres[].intitule", "son intitulé"),
        k("criteres[].etat_des_lieux", "l'état des lieux (CommonMark)"),
        l("criteres[].preuves", "les preuves, une par ligne"),
        l("criteres[].indicateurs", "les indicateurs du critère"),
        k("criteres[].indicateurs[].libelle", "le libellé de l'indicateur"),
        k("criteres[].indicateurs[].valeur", "sa valeur"),
        k("criteres[].indicateurs[].cible", "sa cible, si elle est indiquée"),
        k("criteres[].academique", "vrai pour un critère propre à l'académie"),
        k("criteres[].auto_evaluation", "l'auto-évaluation en toutes lettres"),
        k("criteres[].auto_evaluation_code", "l'auto-évaluation (code)"),
        k("criteres[].axes_de_progres", "les axes de progrès, s'ils sont indiqués (CommonMark)"),
        m("criteres[].evaluation", "l'appréciation des évaluateurs sur ce critère, une fois évalué"),
    ] + appraisal("criteres[].evaluation") + [
        k("referentiel_titre", "le titre du cahier des charges auquel le dossier répond"),
        k("referentiel_academique", "vrai quand ce cahier des charges est celui d'une académie (critères nationaux complétés)"),
        l("plan_actions", "le plan d'actions"),
        k("plan_actions[].action", "l'action"),
        d("plan_actions[].echeance", "son échéance"),
        k("plan_actions[].indicateur", "son indicateur, s'il est indiqué"),
        k("plan_actions[].responsable", "son responsable, s'il est indiqué"),
        m("conseil_administration", "la délibération du conseil d'administration"),
        d("conseil_administration.date", "la date du conseil"),
        k("conseil_administration.deliberation", "le numéro de la délibération"),
        m("conseil_administration.votes", "les votes"),
        k("conseil_administration.votes.pour", "les voix pour"),
        k("conseil_administration.votes.contre", "les voix contre"),
        k("conseil_administration.votes.abstention", "les abstentions"),
        m("signature", "la signature du dossier"),
        k("signature.lieu", "le lieu de signature"),
        d("signature.date", "la date de signature"),
        k("fichier", "le nom du fichier de données du dossier"),
        m("evaluation", "le rapport d'évaluation, une fois l'établissement évalué"),
    ] + persons("evaluation.auditeurs", "les auditeurs") + [
        d("evaluation.date_visite", "la date de la visite"),
        l("evaluation.documents_examines", "les documents examinés"),
    ] + appraisals("evaluation.criteres", "l'appréciation de chaque critère")
      + appraisals("evaluation.ecarts", "les critères qui demandent une fiche d'écart")
      + appraisals("evaluation.non_satisfaits", "les critères appréciés « non satisfait »")
      + appraisals("evaluation.partiels", "les critères appréciés « partiellement satisfait »") + [
        k("evaluation.synthese", "la synthèse de l'évaluation (CommonMark)"),
        k("evaluation.avis", "l'avis en toutes lettres"),
        k("evaluation.avis_code", "l'avis (code)"),
        k("evaluation.avis_favorable", "vrai pour un avis favorable"),
        d("evaluation.date", "la date du rapport"),
    ] + decision("decision", "la décision du recteur, une fois prise") + [
        m("certificat", "le certificat, pour le certificat seulement"),
        k("certificat.numero", "le numéro du certificat (« CLM-2026-0060034E »)"),
        k("certificat.code", "le code de vérification"),
        k("certificat.qr", "ce que code le QR code : l'adresse de vérification, ou le numéro et le code"),
    ]

    /// What the campaign summary (synthese.xml) reads.
    public static let summary: [Key] = campaign + [
        l("categories", "les décisions favorables, par catégorie"),
        k("categories[].libelle", "le nom de la catégorie"),
        k("categories[].code", "la catégorie (code)"),
        k("categories[].nombre", "le nombre d'établissements de la catégorie"),
    ] + summaryRows("categories[].etablissements", "les établissements de la catégorie")
      + summaryRows("refus", "les établissements à qui le label est refusé") + [
        k("nombre_dossiers", "le nombre de dossiers de la campagne"),
        k("nombre_decisions", "le nombre de décisions prises"),
        l("en_attente", "les établissements sans décision"),
        k("en_attente[].uai", "le code UAI"),
        k("en_attente[].nom", "le nom de l'établissement"),
        k("en_attente[].commune", "la commune"),
    ] + levels + [
        l("voies", "le nombre de formations par voie"),
        k("voies[].libelle", "le nom de la voie"),
        k("voies[].valeur", "le nombre de formations ouvertes à la voie"),
        k("nombre_formations", "le nombre de formations de la campagne"),
        m("echelles", "le haut de l'échelle des graphiques"),
        k("echelles.categories", "le haut de l'échelle du graphique des décisions"),
        k("echelles.niveaux", "le haut de l'échelle du graphique des niveaux"),
        k("echelles.voies", "le haut de l'échelle du graphique des voies"),
        d("date", "la date de la dernière décision de la campagne"),
    ]

    // MARK: Parts

    private static let campaign: [Key] = [
        m("campagne", "la campagne"),
        k("campagne.annee", "l'année scolaire de la campagne (« 2026-2027 »)"),
        k("campagne.region_academique", "la région académique"),
        k("campagne.academie", "l'académie, comme écrite dans campagne.yaml"),
        k("campagne.academie_nom", "« académie de Nice », « académie d'Aix-Marseille »"),
        k("campagne.lieu", "le lieu des actes"),
        k("campagne.referentiel", "l'identifiant du cahier des charges de la campagne"),
    ] + person("campagne.signataire", "le signataire des actes") + [
    ] + signatory("campagne.signataire") + [
        m("campagne.groupe_regional", "le groupe régional du label, s'il est indiqué"),
        k("campagne.groupe_regional.nom", "son nom"),
    ] + person("campagne.groupe_regional.president", "son président") + [
        k("campagne.groupe_regional.president.fonction", "« Le président » ou « La présidente »"),
        k("campagne.logo", "le chemin du logo de l'académie, s'il est indiqué"),
        k("campagne.verification", "l'adresse de vérification des certificats, s'il y en a une"),
    ]

    private static let levels: [Key] = [
        l("niveaux", "le nombre de formations par niveau, de 3 à 6 et plus"),
        k("niveaux[].libelle", "le niveau (« Niveau 3 »…)"),
        k("niveaux[].valeur", "le nombre de formations de ce niveau"),
    ]

    private static func signatory(_ path: String) -> [Key] {
        [k("\(path).titre", "son titre, accordé"),
         k("\(path).autorite", "l'autorité qui décide, au début de l'acte (le délégant s'il signe par délégation)"),
         k("\(path).delegation", "la ligne de délégation de signature, s'il signe par délégation"),
         m("\(path).arrete_delegation", "l'arrêté de délégation de signature, s'il est indiqué"),
         k("\(path).arrete_delegation.numero", "son numéro"), d("\(path).arrete_delegation.date", "sa date")]
    }

    private static func person(_ path: String, _ description: String) -> [Key] {
        [m(path, description)] + personFields(path)
    }

    private static func persons(_ path: String, _ description: String) -> [Key] {
        [l(path, description)] + personFields(path + "[]")
    }

    private static func personFields(_ path: String) -> [Key] {
        [k("\(path).civilite", "la civilité (« M. », « Mme »)"), k("\(path).prenom", "le prénom"), k("\(path).nom", "le nom"),
         k("\(path).nom_complet", "civilité, prénom et nom"), k("\(path).signature", "prénom et nom, pour signer"),
         k("\(path).qualite", "la qualité, si elle est indiquée")]
    }

    private static func routes(_ path: String, _ description: String) -> [Key] {
        Route.allCases.map { k("\(path).\($0.rawValue)", "\(description) « \($0.libelle) »") }
    }

    private static func appraisal(_ path: String) -> [Key] {
        [k("\(path).id", "l'identifiant du critère"), k("\(path).intitule", "l'intitulé du critère"),
         k("\(path).appreciation", "l'appréciation en toutes lettres"), k("\(path).appreciation_code", "l'appréciation (code)"),
         k("\(path).note", "l'appréciation en points, de 1 (non satisfait) à 4 (point fort)"),
         k("\(path).constats", "les constats des évaluateurs (CommonMark)"),
         k("\(path).fiche_ecart", "vrai quand l'appréciation demande une fiche d'écart"),
         k("\(path).recommandations", "les recommandations, s'il y en a (CommonMark)"),
         d("\(path).echeance", "l'échéance des recommandations, s'il y en a une")]
    }

    /// A list of appraisals, each with its order number and whether its criterion is the académie's.
    private static func appraisals(_ path: String, _ description: String) -> [Key] {
        [l(path, description)] + appraisal("\(path)[]")
            + [k("\(path)[].numero", "le numéro d'ordre du critère"),
               k("\(path)[].academique", "vrai pour un critère propre à l'académie")]
    }

    private static func decision(_ path: String, _ description: String) -> [Key] {
        [m(path, description),
         k("\(path).numero", "le numéro de la décision"), d("\(path).date", "la date de la décision"),
         k("\(path).issue", "l'issue (code)"), k("\(path).issue_libelle", "l'issue en toutes lettres"),
         k("\(path).est_refus", "vrai pour un refus"), k("\(path).duree_ans", "la durée du label, en années"),
         d("\(path).debut", "le début du label"), d("\(path).fin", "la fin du label"),
         d("\(path).avis_caen", "la date de l'avis du CAEN, s'il est indiqué")]
    }

    private static func summaryRows(_ path: String, _ description: String) -> [Key] {
        [l(path, description), k("\(path)[].uai", "le code UAI"), k("\(path)[].nom", "le nom de l'établissement"),
         k("\(path)[].commune", "la commune"), k("\(path)[].intitule", "l'intitulé du label")]
            + decision("\(path)[].decision", "la décision")
    }

    private static func k(_ path: String, _ description: String) -> Key { Key(path: path, kind: .value, description: description) }
    private static func d(_ path: String, _ description: String) -> Key { Key(path: path, kind: .date, description: description) }
    private static func l(_ path: String, _ description: String) -> Key { Key(path: path, kind: .list, description: description) }
    private static func m(_ path: String, _ description: String) -> Key { Key(path: path, kind: .mapping, description: description) }
}
