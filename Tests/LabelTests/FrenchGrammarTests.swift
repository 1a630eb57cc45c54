import Label
import Testing

@Suite("French agreement: elision, contraction, counted nouns")
struct FrenchGrammarTests {
    @Test("the definite article elides before a vowel or a mute h, not before an aspirated h", arguments: [
        ("proviseur", false, "le proviseur"),
        ("proviseure", true, "la proviseure"),
        ("administrateur", false, "l'administrateur"),
        ("administratrice", true, "l'administratrice"),
        ("hôtel", false, "l'hôtel"),
        ("histoire", true, "l'histoire"),
        ("hall", false, "le hall"),
        ("hauteur", true, "la hauteur"),
        ("IEN", false, "l'IEN"),
        ("EREA", false, "l'EREA"),
    ])
    func definite(noun: String, feminine: Bool, expected: String) {
        #expect(FrenchGrammar.definite(noun, feminine: feminine) == expected)
    }

    @Test("à and de contract with le and les, and stay before la and l'", arguments: [
        (FrenchGrammar.Preposition.a, "le proviseur", "au proviseur"),
        (.a, "Le directeur", "au directeur"),
        (.a, "la proviseure", "à la proviseure"),
        (.a, "La proviseure", "à la proviseure"),
        (.a, "l'administrateur", "à l'administrateur"),
        (.a, "les chefs d'établissement", "aux chefs d'établissement"),
        (.de, "le recteur", "du recteur"),
        (.de, "la rectrice", "de la rectrice"),
        (.de, "l'académie", "de l'académie"),
        (.de, "les lycées", "des lycées"),
        (.de, "Aix-Marseille", "d'Aix-Marseille"),
        (.de, "Nice", "de Nice"),
        (.de, "Hyères", "d'Hyères"),
        (.a, "Nice", "à Nice"),
    ])
    func contraction(preposition: FrenchGrammar.Preposition, phrase: String, expected: String) {
        #expect(FrenchGrammar.contracted(preposition, phrase) == expected)
    }

    @Test("0 and 1 count in the singular, 2 and more in the plural", arguments: [
        (0, "formation", nil, "0\u{A0}formation"),
        (1, "formation", nil, "1\u{A0}formation"),
        (2, "formation", nil, "2\u{A0}formations"),
        (1250, "élève", nil, "1\u{202F}250\u{A0}élèves"),
        (3, "critère", nil, "3\u{A0}critères"),
        (2, "campus", nil, "2\u{A0}campus"),
        (2, "bureau", nil, "2\u{A0}bureaux"),
        (2, "lieu", nil, "2\u{A0}lieux"),
        (2, "journal", nil, "2\u{A0}journaux"),
        (2, "festival", nil, "2\u{A0}festivals"),
        (2, "travail", "travaux", "2\u{A0}travaux"),
        (2, "chef d'établissement", nil, "2\u{A0}chefs d'établissement"),
        (2, "formation continue", "formations continues", "2\u{A0}formations continues"),
    ] as [(Int, String, String?, String)])
    func counted(count: Int, singular: String, plural: String?, expected: String) {
        #expect(FrenchGrammar.counted(count, singular, plural: plural) == expected)
    }
}
