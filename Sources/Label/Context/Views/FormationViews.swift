/// The school's formations, and the figures drawn from them for tables and charts.
enum FormationViews {
    static let formation = ContextView<Formation>([
        .value("diplome", "le diplôme") { $0.diplome },
        .value("specialite", "la spécialité") { $0.specialite },
        .value("cfd", "le code formation diplôme, s'il est indiqué") { $0.cfd },
        .value("niveau", "le niveau (3 à 8)") { $0.niveau },
        .mapping("voies", "pour chaque voie, vrai si la formation y est ouverte",
                 perRoute("vrai si la formation est ouverte à la voie") { formation, route in formation.voies.contains(route) }) { $0 },
        .mapping("effectifs", "l'effectif par voie (vide si la voie n'est pas ouverte)",
                 perRoute("l'effectif de la voie") { formation, route in formation.effectifs[route].map { $0 as Any } ?? "" }) { $0 },
        .value("total", "l'effectif total de la formation") { $0.totalEffectif },
    ])

    static let totals = ContextView<[Formation]>([.value("total", "l'effectif total de l'établissement") { headcount($0) }])
        + perRoute("l'effectif total de la voie") { formations, route in headcount(formations, route) }

    /// Formations per level, 3 to 6 and above, for charts.
    static let level = ContextView<(label: String, count: Int)>([
        .value("libelle", "le niveau (« Niveau 3 »…)") { $0.label },
        .value("valeur", "le nombre de formations de ce niveau") { $0.count },
    ])

    /// Per route: the formations open to it and the headcount, for the dossier's chart and table.
    static let route = ContextView<(route: Route, formations: [Formation])>([
        .value("code", "le code de la voie") { $0.route.rawValue },
        .value("libelle", "le nom de la voie") { $0.route.libelle },
        .value("valeur", "le nombre de formations ouvertes à la voie") { openTo($0.route, $0.formations) },
        .value("effectif", "l'effectif de la voie") { headcount($0.formations, $0.route) },
    ])

    static let scales = ContextView<[Formation]>([
        .value("niveaux", "le haut de l'échelle du graphique des niveaux") { chartMaximum(levels($0).map(\.count)) },
        .value("voies", "le haut de l'échelle du graphique des voies") { formations in
            chartMaximum(Route.allCases.map { openTo($0, formations) })
        },
    ])

    /// The publics the school takes in, by status (one per route), with their share of the headcount in percent.
    static let publics = ContextView<(route: Route, formations: [Formation])>([
        .value("libelle", "le nom du public (« Apprentis »…)") { publicNames[$0.route] ?? $0.route.libelle },
        .value("effectif", "son effectif") { headcount($0.formations, $0.route) },
        .value("formations", "le nombre de formations qui l'accueillent") { openTo($0.route, $0.formations) },
        .value("part", "sa part de l'effectif total, en pour cent") { route, formations in
            let total = headcount(formations)
            return total > 0 ? Double(headcount(formations, route)) * 100 / Double(total) : 0.0
        },
    ])

    private static let publicNames: [Route: String] = [
        .scolaire: "Élèves sous statut scolaire", .apprentissage: "Apprentis",
        .formationContinue: "Stagiaires de la formation continue", .vae: "Candidats à la VAE",
    ]

    static func levels(_ formations: [Formation]) -> [(label: String, count: Int)] {
        [(3, "Niveau 3"), (4, "Niveau 4"), (5, "Niveau 5"), (6, "Niveau 6 et plus")].map { level, label in
            (label, formations.filter { level == 6 ? $0.niveau >= 6 : $0.niveau == level }.count)
        }
    }

    static func byRoute(_ formations: [Formation]) -> [(route: Route, formations: [Formation])] {
        Route.allCases.map { ($0, formations) }
    }

    static func openTo(_ route: Route, _ formations: [Formation]) -> Int { formations.filter { $0.voies.contains(route) }.count }

    private static func headcount(_ formations: [Formation]) -> Int { formations.map(\.totalEffectif).reduce(0, +) }

    private static func headcount(_ formations: [Formation], _ route: Route) -> Int {
        formations.compactMap { $0.effectifs[route] }.reduce(0, +)
    }

    /// A chart's top: the largest value when at most 10 (graduations 1 by 1), else rounded up to a
    /// multiple of 10 (graduations of a tenth, whole numbers); never 0.
    static func chartMaximum(_ values: [Int]) -> Int {
        let largest = max(values.max() ?? 1, 1)
        return largest <= 10 ? largest : (largest + 9) / 10 * 10
    }

    /// One key per route, named by its code, described as `description` followed by the route's name.
    private static func perRoute<Model>(_ description: String, _ value: @escaping @Sendable (Model, Route) -> Any) -> ContextView<Model> {
        ContextView(Route.allCases.map { route in .value(route.rawValue, "\(description) « \(route.libelle) »") { value($0, route) } })
    }
}
