import Templates
import Testing
@testable import Label

@Suite("Signatories and the agreement filters")
struct SignatoryTests {
    @Test("the same title in either gender names the authority", arguments: [
        ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes", "le recteur de la région académique Bretagne", true),
        ("La rectrice de la région académique Bretagne", "le recteur de la région académique Bretagne", true),
        ("Le secrétaire général de la région académique Bretagne", "le recteur de la région académique Bretagne", false),
        ("La rectrice de l'académie de Nice, chancelière des universités", "le recteur de la région académique Provence-Alpes-Côte d'Azur", false),
    ])
    func authorityMatch(titre: String, autorite: String, same: Bool) {
        #expect(MappingReader.namesTheAuthority(titre, autorite) == same)
    }

    @Test("compte counts a noun in French: 0 and 1 in the singular", arguments: [
        (0, "formation", nil, "0\u{00A0}formation"), (1, "formation", nil, "1\u{00A0}formation"),
        (2, "formation", nil, "2\u{00A0}formations"), (1250, "formation", nil, "1\u{202F}250\u{00A0}formations"),
        (3, "critère", nil, "3\u{00A0}critères"), (2, "travail", "travaux", "2\u{00A0}travaux"),
        (1, "élève, apprenti ou stagiaire", "élèves, apprentis et stagiaires", "1\u{00A0}élève, apprenti ou stagiaire"),
    ] as [(Int, String, String?, String)])
    func counted(count: Int, noun: String, plural: String?, expected: String) throws {
        let filter = try #require(LabelFilters.all["compte"])
        #expect(try filter.apply(count, [noun] + (plural.map { [$0] } ?? [])) as? String == expected)
    }

    @Test("a and de contract with the article that starts a title", arguments: [
        ("a", "Le proviseur", "au proviseur"), ("a", "La proviseure", "à la proviseure"),
        ("a", "L'administrateur", "à l'administrateur"), ("a", "Le directeur", "au directeur"),
        ("de", "Le proviseur", "du proviseur"), ("de", "La directrice", "de la directrice"),
        ("de", "L'inspecteur", "de l'inspecteur"), ("a", "Les auditeurs", "aux auditeurs"),
    ])
    func contraction(filter name: String, phrase: String, expected: String) throws {
        let filter = try #require(LabelFilters.all[name])
        #expect(try filter.apply(phrase, []) as? String == expected)
    }

    @Test("functions agree with the civilité", arguments: [
        ("Directeur délégué aux formations professionnelles et technologiques", Civilite.madame,
         "Directrice déléguée aux formations professionnelles et technologiques"),
        ("Chef d'établissement", .madame, "Cheffe d'établissement"), ("Chef d'établissement", .monsieur, "Chef d'établissement"),
        ("Référent du label", .madame, "Référente du label"), ("Le président", .madame, "La présidente"),
        ("Le proviseur", .madame, "La proviseure"), ("Auditeur", .madame, "Auditrice"),
    ])
    func agreement(masculine: String, civilite: Civilite, expected: String) {
        #expect(FrenchFormat.title(masculine, for: civilite) == expected)
    }

    @Test("date_sup raises the « er » of a first day and leaves other days alone", arguments: [
        ("2026-09-01", "1<sup>er</sup>\u{00A0}septembre\u{00A0}2026"), ("2026-06-12", "12\u{00A0}juin\u{00A0}2026"),
    ])
    func firstDayRaised(iso: String, expected: String) throws {
        let filter = try #require(LabelFilters.all["date_sup"])
        let value = try filter.apply(iso, [])
        #expect(((value as? XMLFragment)?.xml ?? value as? String) == expected)
    }
}
