// A specimen of every kind of block the engine lays out (tables, lists, images, boxes, placed boxes,
// QR codes, charts, the table of contents), built through the API and written to
// output/specimen-blocks.pdf; with --png, also output/specimen-blocks-<page>.png at 60 dpi.
// `specimen text …` writes the text specimen instead (TextSpecimen.swift).
import DocumentTree
import Foundation
import Layout
import Native
import Pages
import Render

if CommandLine.arguments.dropFirst().first == "text" {
    exit(TextSpecimen.run(Array(CommandLine.arguments.dropFirst(2))))
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func resource(_ path: String) -> String { repository.appendingPathComponent(path).path }

let sentences = [
    "Le lycée des métiers accueille des publics de statuts différents : élèves, apprentis et adultes en formation continue.",
    "Les partenariats avec les entreprises de la métropole permettent d’organiser les périodes de formation en milieu professionnel.",
    "L’établissement développe une politique d’ouverture internationale grâce aux mobilités Erasmus+ des élèves et des enseignants.",
    "La prévention du décrochage s’appuie sur un groupe réunissant enseignants, conseillers principaux d’éducation et psychologues.",
    "Chaque année, les résultats aux examens sont analysés en conseil pédagogique afin d’ajuster les réponses pédagogiques.",
]
func text(_ seed: Int, sentences count: Int) -> String {
    (0..<count).map { sentences[(seed + $0 * 3) % sentences.count] }.joined(separator: " ")
}
func paragraph(_ text: String) -> Block { .paragraph(Paragraph(text)) }
/// The specimen's accent, the blue of the national templates (the engine's own defaults are black).
let accent = Color(hex: "#000091")!

func heading(_ level: Int, _ text: String, anchor: String? = nil) -> Block { .heading(Heading(level: level, [.text(text)], anchor: anchor)) }

func formationsTable() -> Table {
    let formations = [("Bac pro Métiers de l’électricité et de ses environnements connectés", "4", 48, 24),
                      ("CAP Électricien", "3", 30, 12), ("BTS Électrotechnique", "5", 28, 20),
                      ("Bac pro Maintenance des systèmes de production connectés", "4", 36, 18),
                      ("Mention complémentaire Technicien en réseaux électriques", "4", 0, 14)]
    var table = Table(columns: [.fraction(1), .content, .content, .content, .content], rows: [
        Table.Row([Table.Cell("Diplôme et spécialité"), Table.Cell("Niveau"), Table.Cell("Scolaire"), Table.Cell("Apprentis"),
                   Table.Cell("Total")]),
    ], numericColumns: [2, 3, 4])
    for (name, level, school, apprentices) in formations {
        table.rows.append(Table.Row([Table.Cell(name), Table.Cell(level, alignment: .center), Table.Cell("\(school)"),
                                     Table.Cell("\(apprentices)"), Table.Cell("\(school + apprentices)")]))
    }
    let school = formations.reduce(0) { $0 + $1.2 }, apprentices = formations.reduce(0) { $0 + $1.3 }
    table.rows.append(Table.Row([Table.Cell([.paragraph(Paragraph("Total", style: "cell"))], columnSpan: 2), Table.Cell("\(school)"),
                                 Table.Cell("\(apprentices)"), Table.Cell("\(school + apprentices)")], isTotal: true))
    table.bandBackground = Color(red: 0.95, green: 0.95, blue: 0.98)
    return table
}

func partnershipsTable() -> Table {
    var table = Table(columns: [.fixed(90), .fraction(2), .fraction(1)], rows: [
        Table.Row([Table.Cell("Domaine"), Table.Cell("Partenaire"), Table.Cell("Convention")]),
    ])
    let middle = Table.Cell([.paragraph(Paragraph("Industrie", style: "cell"))], rowSpan: 3, verticalAlignment: .middle,
                            background: Color(red: 0.93, green: 0.96, blue: 0.93))
    table.rows.append(Table.Row([middle, Table.Cell("Schneider Electric, site de Carros"), Table.Cell("signée en 2024")]))
    table.rows.append(Table.Row([Table.Cell("Thales Alenia Space"), Table.Cell("en cours")]))
    table.rows.append(Table.Row([Table.Cell("Syndicat des énergies des Alpes-Maritimes"), Table.Cell("signée en 2023")]))
    table.rows.append(Table.Row([Table.Cell("Services"), Table.Cell("Métropole Nice Côte d’Azur"),
                                 Table.Cell(Table.Cell("reconduite", alignment: .right).blocks, verticalAlignment: .bottom)]))
    return table
}

func longTable(rows: Int) -> Table {
    var table = Table(columns: [.content, .fraction(1), .fixed(70)], rows: [
        Table.Row([Table.Cell("N°"), Table.Cell("Action"), Table.Cell("Élèves")]),
    ], numericColumns: [0, 2])
    for index in 1...rows {
        table.rows.append(Table.Row([Table.Cell("\(index)"), Table.Cell("Action \(index) : " + sentences[index % sentences.count]),
                                     Table.Cell("\(index * 7 % 90 + 10)")]))
    }
    table.bandBackground = Color(red: 0.95, green: 0.95, blue: 0.98)
    return table
}

func tallRowTable() -> Table {
    Table(columns: [.fixed(110), .fraction(1)], rows: [
        Table.Row([Table.Cell("Critère"), Table.Cell("Appréciation de la commission")]),
        Table.Row([Table.Cell("Critère 1 : pilotage"), Table.Cell(text(0, sentences: 3))]),
        Table.Row([Table.Cell("Critère 2 : ouverture (une appréciation plus longue qu’une page)"), Table.Cell(text(1, sentences: 60))]),
        Table.Row([Table.Cell("Critère 3 : insertion"), Table.Cell(text(2, sentences: 2))]),
    ])
}

func boxes() -> [Block] {
    var single = Box([paragraph("Un encadré simple : filet de 0,75 pt, marges intérieures de 6 pt. " + text(3, sentences: 1))])
    single.border = .single
    single.borderColor = accent
    var double = Box([.paragraph(Paragraph([.text("Avis favorable", InlineStyle(bold: true))])), paragraph(text(4, sentences: 2))])
    double.border = .double
    double.borderColor = accent
    double.cornerRadius = 8
    double.background = Color(red: 0.93, green: 0.95, blue: 1)
    double.padding = Insets(all: 10)
    var narrow = Box([paragraph("Un encadré de 8 cm de large, fond gris clair, sans bordure.")])
    narrow.border = .none
    narrow.width = 8 * Unit.centimetre
    narrow.background = Color(red: 0.94, green: 0.94, blue: 0.94)
    var tall = Box([heading(3, "Un encadré plus haut qu’une page"), paragraph(text(0, sentences: 30)),
                    .list(ListBlock(marker: .bullet, items: [[paragraph("dans la boîte, une liste ;")], [paragraph("et sa suite.")]]))])
    tall.background = Color(red: 0.99, green: 0.97, blue: 0.92)
    tall.borderColor = Color(red: 0.6, green: 0.4, blue: 0.1)
    return [.box(single), .box(double), .box(narrow), .box(tall)]
}

let criteria = ["Pilotage et stratégie de l’établissement", "Relations avec les entreprises", "Ouverture européenne et internationale",
                "Accompagnement et parcours des élèves", "Insertion professionnelle et poursuite d’études", "Qualité de vie et climat scolaire"]
let scale = ["Insuffisant", "Fragile", "Satisfaisant", "Très satisfaisant"]
func chart(_ kind: Chart.Kind) -> Chart {
    let values = [3.0, 4, 2, 3.5, 2.5, 1]
    var chart = Chart(kind: kind, entries: zip(criteria, values).map { Chart.Entry(label: $0, value: $1) }, maximum: 4,
                      scaleLabels: scale, width: 440, height: kind == .bar ? 230 : 300)
    chart.color = accent
    chart.title = kind == .bar ? "Appréciation par critère" : "Profil de l’établissement"
    return chart
}

func certificate() -> [Block] {
    var logo = Box([.image(ImageBlock(path: resource("examples/campagne-2026/logo.svg"), height: 60, alignment: .left,
                                      alternative: "Logo de l’académie"))])
    logo.border = .none
    logo.padding = .zero
    var title = Box([.heading(Heading(level: 1, [.text("Certificat de labellisation")], inOutline: false)),
                     paragraph("Le lycée des métiers Émile Zola (0060034E) est labellisé pour la période 2026-2031.")])
    title.border = .none
    var seal = Box([.qrCode(QRCodeBlock(text: "https://label.example.fr/certificat/0060034E?annee=2026", size: 90,
                                        errorCorrection: .quartile, alignment: .center)),
                    .paragraph(Paragraph("Vérifier ce certificat", style: "cell"))])
    seal.border = .single
    seal.borderColor = accent
    seal.cornerRadius = 6
    return [.placed(PlacedBox(x: 70, y: 70, width: 200, box: logo)),
            .placed(PlacedBox(x: 70, y: 200, width: 700, box: title)),
            .placed(PlacedBox(x: 640, y: 380, width: 130, box: seal))]
}

let styles = StyleSheet(accent: accent)
let footer = Band(left: [.text("Spécimen des blocs")], right: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)],
                  style: "footer")
let master = PageMaster(name: "courant", size: .a4, margins: Insets(all: 2.2 * Unit.centimetre), footer: footer)
let certificateMaster = PageMaster(name: "certificat", size: PageSize.a4.landscape, margins: Insets(all: 60),
                                   frame: PageFrame(inset: 24, border: .double, width: 1.5, color: accent))

var body: [Block] = [
    heading(1, "Spécimen des blocs"),
    paragraph("Ce document montre chaque sorte de bloc que le moteur met en page. Le sommaire qui suit est calculé : ses numéros de page sont ceux où les titres tombent."),
    .tableOfContents(TableOfContents(maxLevel: 2)),
    .pageBreak(),
    heading(1, "Tableaux"),
    heading(2, "Colonnes au contenu, fractions, total"),
    .table(formationsTable()),
    heading(2, "Fusions de cellules et alignement vertical"),
    .table(partnershipsTable()),
    heading(2, "Un tableau sur plusieurs pages"),
    paragraph("L’en-tête se répète en haut de chaque page où le tableau continue."),
    .table(longTable(rows: 60)),
    heading(2, "Une ligne plus haute qu’une page"),
    .table(tallRowTable()),
    heading(1, "Listes"),
    .list(ListBlock(marker: .number, items: [
        [paragraph("Premier niveau, numéroté.")],
        [paragraph("Deuxième élément, avec une liste imbriquée :"),
         .list(ListBlock(marker: .bullet, items: [[paragraph("puce de second niveau ;")], [paragraph("autre puce.")]]))],
    ])),
    heading(1, "Images"),
    paragraph("Un logo SVG (vectoriel), une photographie JPEG (embarquée telle quelle) et un PNG transparent aplati sur blanc."),
    .image(ImageBlock(path: resource("examples/campagne-2026/logo.svg"), width: 5 * Unit.centimetre, alternative: "Logo")),
    .image(ImageBlock(path: resource("Tests/RenderTests/Fixtures/photo.jpeg"), width: 6 * Unit.centimetre, alignment: .left,
                      alternative: "Photographie")),
    .image(ImageBlock(path: resource("Tests/RenderTests/Fixtures/logo-alpha.png"), height: 2 * Unit.centimetre, alignment: .right,
                      alternative: "Pictogramme")),
    heading(1, "Encadrés"),
] + boxes() + [
    heading(1, "Codes QR"),
    paragraph("Niveau de correction L, puis H : à texte égal, le niveau H demande plus de modules."),
    .qrCode(QRCodeBlock(text: "https://label.example.fr/certificat/0060034E", size: 90, errorCorrection: .low)),
    .qrCode(QRCodeBlock(text: "https://label.example.fr/certificat/0060034E", size: 90, errorCorrection: .high)),
    heading(1, "Graphiques"),
    .chart(chart(.bar)),
    .chart(chart(.radar)),
    .pageBreak(master: "certificat"),
] + certificate()

var metadata = Metadata()
metadata.title = "Spécimen des blocs"
metadata.author = "ldm"
let document = Document(metadata: metadata, styles: styles, masters: [master, certificateMaster], body: body)

do {
    let engine = try LayoutEngine()
    let laidOut = try engine.layout(document)
    let fonts = FontRegistry(fonts: engine.fonts)
    let folder = repository.appendingPathComponent("output")
    try Data(try PDFRenderer.render(laidOut, fonts: fonts)).write(to: folder.appendingPathComponent("specimen-blocks.pdf"))
    if CommandLine.arguments.contains("--png") {
        for (index, png) in try PNGRenderer.render(laidOut, resolution: 60, fonts: fonts).enumerated() {
            try Data(png).write(to: folder.appendingPathComponent("specimen-blocks-\(index + 1).png"))
        }
    }
    print("output/specimen-blocks.pdf: \(laidOut.pages.count) pages")
} catch {
    FileHandle.standardError.write(Data("specimen: \(error)\n".utf8))
    exit(1)
}
