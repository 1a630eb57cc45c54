import Testing
@testable import Label

@Suite("French formatting")
struct FrenchFormatTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// Spaces are no-break spaces (U+00A0), written here as ordinary ones.
    @Test(arguments: [("2026-09-01", "1er septembre 2026"), ("2026-11-29", "29 novembre 2026"),
                      ("2028-02-29", "29 février 2028"), ("2031-08-31", "31 août 2031")])
    func datesInWords(iso: String, words: String) {
        #expect(FrenchFormat.date(date(iso)) == words.replacingOccurrences(of: " ", with: "\u{00A0}"))
    }

    @Test func numericDates() {
        #expect(FrenchFormat.numericDate(date("2026-11-29")) == "29/11/2026")
        #expect(FrenchFormat.numericDate(date("2026-09-01")) == "01/09/2026")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_250, "1\u{202F}250"), (1_000_000, "1\u{202F}000\u{202F}000"),
                      (-1_250, "\u{2212}1\u{202F}250")])
    func integers(value: Int, text: String) {
        #expect(FrenchFormat.integer(value) == text)
    }

    @Test func decimalsAndPercentages() {
        #expect(FrenchFormat.decimal(12.5) == "12,5")
        #expect(FrenchFormat.decimal(1234.567) == "1\u{202F}234,57")
        #expect(FrenchFormat.decimal(-0.5) == "\u{2212}0,5")
        #expect(FrenchFormat.decimal(3) == "3")
        #expect(FrenchFormat.decimal(-0.001) == "0")
        #expect(FrenchFormat.percent(12.5) == "12,5\u{202F}%")
        #expect(FrenchFormat.percent(100) == "100\u{202F}%")
    }

    @Test func schoolYear() {
        #expect(FrenchFormat.schoolYear(2026) == "2026-2027")
    }

    @Test(arguments: [("Nice", "académie de Nice"), ("Aix-Marseille", "académie d'Aix-Marseille"),
                      ("Orléans-Tours", "académie d'Orléans-Tours"), ("Amiens", "académie d'Amiens"),
                      ("Guadeloupe", "académie de la Guadeloupe"), ("Martinique", "académie de la Martinique"),
                      ("Guyane", "académie de la Guyane"), ("La Réunion", "académie de La Réunion"),
                      ("Mayotte", "académie de Mayotte"), ("Corse", "académie de Corse")])
    func academiesElide(name: String, text: String) {
        #expect(FrenchFormat.academie(name) == text)
    }

    @Test func titlesInTheFeminine() {
        let title = "Le recteur de la région académique Provence-Alpes-Côte d'Azur, recteur de l'académie d'Aix-Marseille, chancelier des universités"
        #expect(FrenchFormat.title(title, for: .madame)
                == "La rectrice de la région académique Provence-Alpes-Côte d'Azur, rectrice de l'académie d'Aix-Marseille, chancelière des universités")
        #expect(FrenchFormat.title(title, for: .monsieur) == title)
        #expect(FrenchFormat.feminine("Délégué régional académique à la formation professionnelle")
                == "Déléguée régionale académique à la formation professionnelle")
        #expect(FrenchFormat.feminine("Pour le directeur du conseil général") == "Pour la directrice du conseil général")
        #expect(FrenchFormat.role("recteur", for: .madame) == "La rectrice")
    }

    @Test func delegationLine() {
        #expect(FrenchFormat.delegationLine(authority: "Le recteur de la région académique")
                == "Pour le recteur de la région académique et par délégation,")
    }

    @Test(arguments: [("2026-09-01", 5, "2031-08-31"), ("2028-02-29", 5, "2033-02-28"), ("2028-02-29", 4, "2032-02-28"),
                      ("2027-03-01", 1, "2028-02-29"), ("2026-01-01", 5, "2030-12-31")])
    func validityEndsTheDayBefore(start: String, years: Int, end: String) {
        #expect(date(start).endOfPeriod(years: years) == date(end))
    }

    @Test func ordinalsAndReferences() {
        #expect(FrenchFormat.ordinal(1) == "1er")
        #expect(FrenchFormat.ordinal(2) == "2e")
        #expect(FrenchFormat.numero("2026-LDM-014") == "n°\u{00A0}2026-LDM-014")
        #expect(FrenchFormat.quoted("lycée des métiers") == "«\u{00A0}lycée des métiers\u{00A0}»")
    }
}
