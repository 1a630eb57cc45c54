import DocumentTree
import Testing
@testable import Templates

private let nnbsp = "\u{202F}"
private let nbsp = "\u{00A0}"

@Suite struct FrenchTypographyTests {
    @Test(arguments: [
        ("Pourquoi?", "Pourquoi\(nnbsp)?"),
        ("Pourquoi ?", "Pourquoi\(nnbsp)?"),
        ("Attention !", "Attention\(nnbsp)!"),
        ("a; b", "a\(nnbsp); b"),
        ("Vu le code ; vu l'arrêté", "Vu le code\(nnbsp); vu l\u{2019}arrêté"),
        ("Lycée des métiers de l'hôtellerie", "Lycée des métiers de l\u{2019}hôtellerie"),
        ("aujourd'hui 'cité'", "aujourd\u{2019}hui 'cité'"),
        ("DÉCIDE :", "DÉCIDE\(nbsp):"),
        ("Note: bien", "Note\(nbsp): bien"),
        ("«Lycée»", "«\(nbsp)Lycée\(nbsp)»"),
        ("« Lycée des métiers »", "«\(nbsp)Lycée des métiers\(nbsp)»"),
        ("n° 12", "n°\(nnbsp)12"),
        ("n°12", "n°\(nnbsp)12"),
        ("délibération n° CA-2026-03", "délibération n°\(nnbsp)CA-2026-03"),
        ("Décision N° 2026-LDM-031", "Décision N°\(nnbsp)2026-LDM-031"),
        ("12 %", "12\(nnbsp)%"),
        ("12,5%", "12,5\(nnbsp)%"),
        ("1 250 élèves", "1\(nnbsp)250 élèves"),
        ("12 300 000", "12\(nnbsp)300\(nnbsp)000"),
        ("en 2026 150 élèves", "en 2026 150 élèves"),
        ("CAP, bac pro, BTS...", "CAP, bac pro, BTS\u{2026}"),
        ("« [...] » et ... enfin", "«\(nbsp)[\u{2026}]\(nbsp)» et \u{2026} enfin"),
        ("deux .. ou quatre ....", "deux .. ou quatre ...."),
        ("CAP, BTS, etc... et fetc...", "CAP, BTS, etc. et fetc\u{2026}"),
    ])
    func spacesFrenchPunctuation(input: String, expected: String) {
        #expect(FrenchTypography.apply(input) == expected)
    }

    @Test(arguments: [
        "voir https://www.education.gouv.fr/?q=1&x=2",
        "mailto:ce.0671509B@ac-strasbourg.fr",
        "à 10:30",
        "www.ac-lyon.fr/lycee?id=3",
        "Pourquoi\u{202F}?",
        "DÉCIDE\u{00A0}:",
        "«\u{00A0}Lycée\u{00A0}»",
        "12\u{202F}%",
        "?!",
    ])
    func leavesAloneWhatNeedsNoSpace(input: String) {
        #expect(FrenchTypography.apply(input) == input)
    }

    /// The spaces French print never breaks, besides punctuation's.
    @Test(arguments: [
        ("12 avenue de la République", "12\(nbsp)avenue de la République"),
        ("3 bis rue Pasteur", "3\(nbsp)bis rue Pasteur"),
        ("1 Rue des Écoles", "1\(nbsp)Rue des Écoles"),
        ("39300 Champagnole", "39300\(nbsp)Champagnole"),
        ("BP 12, 83500 La Seyne-sur-Mer", "BP 12, 83500\(nbsp)La\(nbsp)Seyne-sur-Mer"),
        ("Le Creusot et Les Mureaux", "Le\(nbsp)Creusot et Les\(nbsp)Mureaux"),
        ("30 mm de marge", "30\(nnbsp)mm de marge"),
        ("3 Mo, 150 dpi", "3\(nnbsp)Mo, 150\(nnbsp)dpi"),
        ("de 10 h 30 à 12 h", "de 10\(nnbsp)h 30 à 12\(nnbsp)h"),
        ("1 250 €", "1\(nnbsp)250\(nnbsp)€"),
        ("section 5", "section\(nbsp)5"),
        ("voir l'article 3 et l'annexe 2", "voir l\u{2019}article\(nbsp)3 et l\u{2019}annexe\(nbsp)2"),
        ("(page 12)", "(page\(nbsp)12)"),
        ("Vu la circulaire du 23 octobre 2023", "Vu la circulaire du 23\(nbsp)octobre 2023"),
        ("le 1er juin, puis le 30 septembre.", "le 1er\(nbsp)juin, puis le 30\(nbsp)septembre."),
        ("reçus par Mme Benali et M. Giordano", "reçus par Mme\(nbsp)Benali et M.\(nbsp)Giordano"),
        ("MM. Roux et Martin, Me Durand, Dr Vidal", "MM.\(nbsp)Roux et Martin, Me\(nbsp)Durand, Dr\(nbsp)Vidal"),
        ("(Mlle Perrin)", "(Mlle\(nbsp)Perrin)"),
        ("au XXIe siècle, au 3e étage", "au XXIe\(nbsp)siècle, au 3e\(nbsp)étage"),
        ("la Ve République et la 1re année", "la Ve\(nbsp)République et la 1re\(nbsp)année"),
        ("signé par J. Dupont et J.-P. Martin", "signé par J.\(nbsp)Dupont et J.-P.\(nbsp)Martin"),
        ("É. Zola", "É.\(nbsp)Zola"),
        ("l'article D. 335-1 et l'art. 12", "l\u{2019}article D.\(nbsp)335-1 et l\u{2019}art.\(nbsp)12"),
        ("Louis XIV, François Ier et Jean-Paul II", "Louis\(nbsp)XIV, François\(nbsp)Ier et Jean-Paul\(nbsp)II"),
        ("le titre II du livre IV", "le titre\(nbsp)II du livre\(nbsp)IV"),
    ])
    func joinsWhatFrenchPrintKeepsTogether(input: String, expected: String) {
        #expect(FrenchTypography.apply(input) == expected)
        #expect(FrenchTypography.apply(expected) == expected)
    }

    @Test(arguments: [
        "en 2026 150 élèves",
        "2026 Lycée",
        "la section des métiers",
        "12 avenants",
        "La région est grande",
        "Dans le Jura",
        "en 2026 mai reste loin",
        "les 45 mars",
        "Mme est venue",
        "Monsieur le Recteur",
        "Dr. Who",
        "les XIXe, XXe",
        "la CCI Nice",
        "le lycée IV bis",
        "Lycée Mistral",
        "Vu le décret",
        "AB. Cde",
        "3 élèves",
    ])
    func leavesBreakableSpaces(input: String) {
        #expect(FrenchTypography.apply(input) == input)
    }

    @Test func keepsRatiosButSpacesTheirQuestionMark() {
        #expect(FrenchTypography.apply("un rapport 3:2?") == "un rapport 3:2\(nnbsp)?")
    }

    @Test func neverDoublesASpace() {
        let once = FrenchTypography.apply("Pourquoi ? « Oui » : 12 % ; n° 3 !")
        #expect(FrenchTypography.apply(once) == once)
        #expect(!once.contains(" ?") && !once.contains(" :") && !once.contains(" %"))
    }

    @Test func looksAcrossRuns() {
        #expect(FrenchTypography.apply("Note", after: nil, before: ":") == "Note\(nbsp)")
        #expect(FrenchTypography.apply(": x", after: nbsp.first, before: nil) == ": x")
        #expect(FrenchTypography.apply("«", after: nil, before: "L") == "«\(nbsp)")
        // An ellipsis only of the run's own full stops: the neighbours' are not the run's to change.
        #expect(FrenchTypography.apply("etc..", after: nil, before: ".") == "etc..")
        #expect(FrenchTypography.apply("..", after: ".", before: nil) == "..")
        #expect(FrenchTypography.apply("BTS...", after: nil, before: " ") == "BTS\u{2026}")
    }

    @Test func looksAcrossRunsWhateverTheRunHolds() {
        #expect(FrenchTypography.apply("Bilan", after: nil, before: "?") == "Bilan\(nnbsp)")
        #expect(FrenchTypography.apply("Oui", after: "«", before: nil) == "\(nbsp)Oui")
        #expect(FrenchTypography.apply("Bilan", after: "«", before: "»") == "\(nbsp)Bilan\(nbsp)")
        #expect(FrenchTypography.apply("plain text", after: "a", before: "b") == "plain text")
    }

    @Test func decomposedAccentsCountAsLetters() {
        // « é » written as e + U+0301, as some word processors paste it.
        #expect(FrenchTypography.apply("cafe\u{301}'s et l'e\u{301}cole") == "cafe\u{301}\u{2019}s et l\u{2019}e\u{301}cole")
    }

    /// An address split across styled runs, or shown as a link's text, gets no space inside it; the
    /// punctuation after it still does.
    @Test("no French space inside an address split across runs or shown by a link", arguments: [
        ("<p>voir https://exemple.fr/<b>page</b>?a=1 ; fin</p>",
         [Inline.text("voir https://exemple.fr/"), .text("page", .bold), .text("?a=1\(nnbsp); fin")]),
        ("<p>https://exemple.fr/<i>a</i>:<i>b</i>!x</p>",
         [.text("https://exemple.fr/"), .text("a", .italic), .text(":"), .text("b", .italic), .text("!x")]),
        ("<p>écrire à <b>contact</b>@exemple.fr ?</p>",
         [.text("écrire à "), .text("contact", .bold), .text("@exemple.fr\(nnbsp)?")]),
        ("<p><link href=\"https://exemple.fr/page?a=1\">exemple.fr/page?a=1</link> !</p>",
         [.link(.url("https://exemple.fr/page?a=1"), [.text("exemple.fr/page?a=1")]), .text("\(nnbsp)!")]),
        ("<p><link href=\"https://exemple.fr/x?a=1\">https://exemple.fr/<i>x</i>?a=1</link></p>",
         [.link(.url("https://exemple.fr/x?a=1"), [.text("https://exemple.fr/"), .text("x", .italic), .text("?a=1")])]),
        // A link's text that is not its address is French text.
        ("<p><link href=\"https://exemple.fr\">Pourquoi ?</link></p>",
         [.link(.url("https://exemple.fr"), [.text("Pourquoi\(nnbsp)?")])]),
        ("<p><b>Note</b>: voir</p>", [.text("Note\(nbsp)", .bold), .text(": voir")]),
    ])
    func addressesAcrossRuns(body: String, expected: [Inline]) throws {
        let document = try render(body)
        #expect(document.body.first?.paragraph?.content == expected)
    }
}
