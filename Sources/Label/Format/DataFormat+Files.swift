/// The three data files (see shared DATA-FORMAT.md, the contract these follow).
extension FileFormat {
    static let format = Field("format", .choice(["ldm/1"]), "version du format de données : ldm/1")

    static func person(qualite: Bool = false, qualiteRequired: Bool = false) -> [Field] {
        [Field("civilite", .choice(.of(Civilite.self)), "M. ou Mme"),
         Field("prenom", .text, "prénom"),
         Field("nom", .text, "nom")]
            + (qualite ? [Field("qualite", .text, required: qualiteRequired, "qualité ou fonction")] : [])
    }

    /// Who signs: the campaign's `signataire`, or a decision's own.
    static let signatory: [Field] = person() + [
        Field("titre", .text, "titre propre du signataire, comme \"Le recteur de la région académique …\" ; avec delegation: true, celui du délégataire"),
        Field("delegation", .boolean, required: false, "true : le signataire signe « Pour le recteur … et par délégation, » ; autorite est alors requise"),
        Field("autorite", .text, required: false, "avec delegation: true, l'autorité qui délègue et décide, comme \"le recteur de la région académique Provence-Alpes-Côte d'Azur\""),
        Field("arrete_delegation", .record([
            Field("numero", .text, "numéro de l'arrêté, entre guillemets"),
            Field("date", .date, "date de l'arrêté"),
        ]), required: false, "avec delegation: true, l'arrêté portant délégation de signature, cité en visa"),
    ]

    public static let campaign = FileFormat(name: "campagne", title: "Campagne de labellisation « lycée des métiers »", fields: [
        format,
        Field("campagne", .text, "année scolaire de la campagne, comme \"2026-2027\""),
        Field("region_academique", .text, "région académique, comme \"Provence-Alpes-Côte d'Azur\""),
        Field("academie", .text, "académie, comme \"Nice\" (écrit « académie de Nice »)"),
        Field("referentiel", .text, "référentiel de critères : national-2023, national-2016, national-2005 ou chemin d'un fichier de critères"),
        Field("lieu", .text, "lieu de signature des décisions et des certificats"),
        Field("signataire", .record(signatory), "qui signe les décisions et les certificats"),
        Field("groupe_regional", .record([
            Field("nom", .text, "nom du groupe régional (ou académique) « lycée des métiers »"),
            Field("president", .record(person(qualite: true)), "président du groupe"),
        ]), required: false, "le groupe qui évalue les établissements ; nécessaire aux rapports d'évaluation"),
        Field("logo", .text, required: false, "fichier PNG ou SVG du logo, relatif à campagne.yaml"),
        Field("verification", .text, required: false, "adresse de vérification des certificats, avec {code}, comme \"https://…/verifier/{code}\""),
        Field("signature_electronique", .record([
            Field("cle", .text, required: false, "clé privée PEM, relative à campagne.yaml ; avec certificat"),
            Field("certificat", .text, required: false, "certificat PEM du signataire suivi de ses autorités ; avec cle"),
            Field("pkcs12", .text, required: false, "fichier PKCS#12 (phrase de passe : variable LDM_P12_PASSPHRASE, jamais dans les données)"),
        ]), required: false, "fichiers qui signent décisions et certificats quand la commande n'en donne pas"),
    ])

    public static let criteria = FileFormat(name: "criteres", title: "Référentiel de critères « lycée des métiers »", fields: [
        format,
        Field("id", .text, "identifiant du référentiel, comme \"aix-marseille-2026\""),
        Field("titre", .text, required: false, "titre du référentiel dans les documents ; un référentiel qui étend un référentiel national y est nommé « critères … complétés par les critères de l'académie … »"),
        Field("etend", .text, required: false, "référentiel dont les critères viennent d'abord, comme national-2023"),
        // Required unless `etend` names a set to inherit from.
        Field("criteres", .records([
            Field("id", .text, "identifiant du critère, unique dans le référentiel, comme \"A1\""),
            Field("intitule", .text, "intitulé du critère"),
        ]), required: false, "les critères, dans l'ordre"),
    ])

    public static let formationFields: [Field] = [
        Field("diplome", .text, "diplôme : CAP, BEP, Bac pro, Bac techno, BP, BMA, CS, MC, BTS, DN MADE, BUT, Licence pro…"),
        Field("specialite", .text, "spécialité du diplôme"),
        Field("cfd", .text, required: false, "code formation diplôme, 8 caractères"),
        Field("niveau", .level, "niveau du cadre national des certifications, 3 à 8"),
        Field("voies", .choices(.of(Route.self)), "voies de formation : scolaire, apprentissage, formation_continue, vae"),
        Field("effectifs", .record(Route.allCases.map {
            Field($0.rawValue, .integer(minimum: 0), required: false, "effectif de la voie \($0.rawValue)")
        }), required: false, "effectifs par voie, parmi les voies"),
    ]

    public static let dossier = FileFormat(name: "dossier", title: "Dossier d'un établissement « lycée des métiers »", fields: [
        format,
        Field("referentiel", .text, required: false, "référentiel propre à ce dossier, s'il diffère de celui de la campagne"),
        Field("type", .choice(.of(DossierType.self)), "candidature ou renouvellement"),
        Field("etablissement", .record([
            Field("uai", .text, "UAI : 7 chiffres et une lettre de contrôle, comme \"0060034E\" ; le fichier porte ce nom"),
            Field("nom", .text, "nom de l'établissement"),
            Field("nature", .choice(.of(SchoolNature.self)), "LP, LPO, EREA ou LEA"),
            Field("statut", .choice(.of(SchoolStatus.self)), "public ou prive_sous_contrat"),
            Field("adresse", .record([
                Field("voie", .text, "numéro et voie"),
                Field("code_postal", .text, "code postal entre guillemets, comme \"06200\""),
                Field("commune", .text, "commune"),
            ]), "adresse de l'établissement"),
            Field("chef_etablissement", .record(person()), "chef d'établissement"),
            Field("ddfpt", .record(person()), required: false, "directeur délégué aux formations professionnelles et technologiques"),
            Field("referent", .record(person(qualite: true)), required: false, "référent du label dans l'établissement"),
        ]), "l'établissement"),
        Field("label", .record([
            Field("intitule", .text, "intitulé demandé, comme \"Lycée des métiers de l'hôtellerie et de la restauration\""),
            Field("ensemble_de_metiers", .markdown, "ce qui fait des métiers un ensemble cohérent"),
            // Required for a renewal.
            Field("precedent", .record([
                Field("intitule", .text, "intitulé du label précédent"),
                Field("date_decision", .date, "date de la décision précédente"),
                Field("date_fin", .date, "fin de validité du label précédent"),
            ]), required: false, "le label détenu jusqu'ici (pour un renouvellement)"),
        ]), "le label demandé"),
        Field("formations", .recordsOrFile(formationFields), "les formations : une liste, ou le nom d'un fichier CSV à côté de ce fichier"),
        Field("partenariats", .records([
            Field("nom", .text, "nom du partenaire"),
            Field("type", .choice(.of(PartnerKind.self)), "nature du partenaire"),
            Field("objet", .markdown, "objet du partenariat"),
            Field("convention", .date, required: false, "date de la convention"),
        ]), required: false, "les partenariats"),
        Field("services_entreprises", .records([
            Field("intitule", .text, "intitulé du service"),
            Field("description", .markdown, "description du service"),
        ]), required: false, "services rendus aux entreprises"),
        Field("criteres", .byCriterion([
            Field("etat_des_lieux", .markdown, "état des lieux"),
            Field("preuves", .texts, required: false, "éléments de preuve"),
            Field("indicateurs", .records([
                Field("libelle", .text, "libellé de l'indicateur"),
                Field("valeur", .text, "valeur"),
                Field("cible", .text, required: false, "cible"),
            ]), required: false, "indicateurs"),
            Field("auto_evaluation", .choice(.of(Appreciation.self)), "point_fort, satisfait, partiellement_satisfait ou non_satisfait"),
            Field("axes_de_progres", .markdown, required: false, "axes de progrès"),
        ]), "une réponse par critère du référentiel, par identifiant"),
        Field("plan_actions", .records([
            Field("action", .text, "action"),
            Field("echeance", .date, "échéance"),
            Field("indicateur", .text, required: false, "indicateur de suivi"),
            Field("responsable", .text, required: false, "responsable"),
        ]), required: false, "plan d'actions"),
        Field("conseil_administration", .record([
            Field("date", .date, "date de la délibération"),
            Field("deliberation", .text, "numéro de la délibération, entre guillemets"),
            Field("votes", .record([
                Field("pour", .integer(minimum: 0), "voix pour"),
                Field("contre", .integer(minimum: 0), "voix contre"),
                Field("abstention", .integer(minimum: 0), "abstentions"),
            ]), "votes"),
        ]), "la délibération du conseil d'administration"),
        Field("signature", .record([
            Field("lieu", .text, "lieu de signature"),
            Field("date", .date, "date de signature"),
        ]), "la signature de la candidature"),
        Field("evaluation", .record([
            Field("auditeurs", .records(person(qualite: true)), "les auditeurs"),
            Field("date_visite", .date, "date de la visite"),
            Field("documents_examines", .texts, required: false, "documents examinés"),
            Field("criteres", .byCriterion([
                Field("appreciation", .choice(.of(Appreciation.self)), "point_fort, satisfait, partiellement_satisfait ou non_satisfait"),
                Field("constats", .markdown, "constats"),
                Field("recommandations", .markdown, required: false, "recommandations"),
                Field("echeance", .date, required: false, "échéance"),
            ]), "une appréciation par critère du référentiel"),
            Field("synthese", .markdown, "synthèse"),
            Field("avis", .choice(.of(Opinion.self)), "favorable, favorable_avec_reserves, ajournement ou defavorable"),
            Field("date", .date, "date du rapport"),
        ]), required: false, "l'évaluation du groupe régional, après la visite"),
        Field("decision", .record([
            Field("numero", .text, "numéro de la décision"),
            Field("date", .date, "date de la décision"),
            Field("issue", .choice(.of(DecisionOutcome.self)), "attribution, renouvellement, renouvellement_avec_modification ou refus"),
            // Required unless the decision is a refusal.
            Field("debut", .date, required: false, "début de validité du label (sauf refus)"),
            Field("duree_ans", .integer(minimum: 1), required: false, "durée en années (5 par défaut)"),
            Field("avis_caen", .date, required: false, "date de l'avis du CAEN"),
            Field("signataire", .record(signatory), required: false, "signataire propre à cette décision (un intérim), à la place de celui de la campagne"),
        ]), required: false, "la décision du recteur"),
    ])
}
