/// The example of each element of the template vocabulary (`ElementRegistry`), in the label's words:
/// what docs/catalogue.md shows under the element. Template XML as written in a document's body (the
/// `<document>` element's own is a whole template); a test builds each.
public enum ElementExamples {
    public static let byName: [String: String] = {
        var examples = [
            "document": "<document title=\"Décision n° 2026-0042\" author=\"Rectorat de Nice\" date=\"2026-06-15\" lang=\"fr\"><p>…</p></document>",
            "page-master": "<page-master name=\"courant\" size=\"A4\" margin=\"2.5cm 2cm\"/>",
            "header": "<page-master name=\"courant\"><header><right>Académie de Nice</right></header></page-master>",
            "footer": "<page-master name=\"courant\"><footer><left>Dossier de candidature</left><right>page <page-number/> sur <page-count/></right></footer></page-master>",
            "left": "<page-master name=\"courant\"><footer><left>Dossier de candidature</left></footer></page-master>",
            "center": "<page-master name=\"courant\"><footer><center>page <page-number/></center></footer></page-master>",
            "right": "<page-master name=\"courant\"><header><right>Session 2026</right></header></page-master>",
            "frame": "<page-master name=\"certificat\" orientation=\"landscape\" margin=\"2cm\"><frame inset=\"18pt\" border=\"double\"/></page-master>",
            "p": "<p>Vu le code de l'éducation ;</p>",
            "page-break": "<p>Première page.</p><page-break/><p>Deuxième page.</p>",
            "keep-together": "<keep-together><h3>Signature</h3><p>Le recteur</p></keep-together>",
            "spacer": "<spacer height=\"1cm\"/>",
            "rule": "<rule thickness=\"1pt\" color=\"bleu-france\"/>",
            "list": "<list ordered=\"true\"><item>Pilotage</item><item>Partenariats</item></list>",
            "item": "<list><item>Suivi<list><item>annuel</item><item>à cinq ans</item></list></item></list>",
            "table": "<table columns=\"4fr 1fr\" header-rows=\"1\" numeric=\"2\"><row><cell>Diplôme</cell><cell>Effectif</cell></row><row><cell>CAP Cuisine</cell><cell>24</cell></row></table>",
            "row": "<table columns=\"3fr 1fr\"><row total=\"true\"><cell>Total</cell><cell>48</cell></row></table>",
            "cell": "<table columns=\"1fr 1fr 1fr\"><row><cell colspan=\"2\" align=\"center\">Voies</cell><cell background=\"#F5F5FE\">Total</cell></row></table>",
            "image": "<image src=\"logo.svg\" width=\"3cm\" align=\"left\" alt=\"Logo de l'académie\"/>",
            "box": "<box border=\"single\" background=\"#F5F5FE\" padding=\"6pt 10pt\"><p>Avis : <b>favorable</b></p></box>",
            "place": "<place x=\"2cm\" y=\"17cm\" width=\"9cm\"><box border=\"none\"><p>Certificat n° CLM-2026-0060034E</p></box></place>",
            "qrcode": "<qrcode text=\"https://label.ac-nice.fr/verifier/CLM-2026-0060034E\" size=\"2.5cm\" level=\"M\"/>",
            "chart": "<chart type=\"bar\" title=\"Formations par niveau\"><entry label=\"Niveau 3\" value=\"4\"/><entry label=\"Niveau 4\" value=\"7\"/></chart>",
            "entry": "<chart type=\"radar\" max=\"4\" scale=\"non satisfait; partiellement satisfait; satisfait; point fort\"><entry label=\"Critère 1\" value=\"3\"/><entry label=\"Critère 2\" value=\"4\"/><entry label=\"Critère 3\" value=\"2\"/></chart>",
            "toc": "<toc levels=\"2\"/><h1>Présentation</h1><h2>Offre de formation</h2>",
            "b": "<p><b>DÉCIDE :</b></p>",
            "i": "<p>le label <i>lycée des métiers</i></p>",
            "u": "<p><u>Article 2</u></p>",
            "sup": "<p>Article 1<sup>er</sup></p>",
            "small-caps": "<p><small-caps>Région académique</small-caps></p>",
            "span": "<p><span color=\"rouge-marianne\" size=\"9pt\">urgent</span></p>",
            "link": "<p><link href=\"https://eduscol.education.fr\">Éduscol</link></p>",
            "br": "<p>Lycée Jean Moulin<br/>Nice</p>",
            "page-number": "<p>page <page-number/></p>",
            "page-count": "<p>page <page-number/> sur <page-count/></p>",
            "page-ref": "<p>voir page <page-ref to=\"annexes\"/></p><h2 id=\"annexes\">Annexes</h2>",
        ]
        for level in 1...6 { examples["h\(level)"] = "<h\(level) id=\"annexes\">Annexes</h\(level)>" }
        return examples
    }()
}
