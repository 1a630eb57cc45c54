import DocumentTree
import Foundation
import Native

/// Images, boxes, placed boxes, QR codes and charts.
extension DocumentBuilder {
    func image(_ element: XMLElement) throws -> ImageBlock {
        let reader = attributes(element)
        let src = try reader.required("src")
        let path = try imageFile(src, at: element.attribute("src")?.position ?? element.position)
        let alignment = try reader.choice("align", among: ["left", "center", "right"]).flatMap(TextAlignment.init(rawValue:))
        // PDF/UA-1: an image is described for whoever cannot see it, or said decorative (`alt=""`, or
        // nothing but spaces).
        guard let alternative = reader.string("alt")?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            var missing = error(at: element.position, "l’image « \(src) » n’a pas de texte de remplacement (attribut alt)")
            missing.hints = ["décrivez-la en quelques mots dans alt=\"…\", ou écrivez alt=\"\" si elle est purement décorative"]
            throw missing
        }
        return ImageBlock(path: path, width: try reader.length("width"), height: try reader.length("height"),
                          alignment: alignment ?? .center, alternative: typeset(alternative))
    }

    /// The file an image's `src` names, inside the allowed roots and within `ImageLimits` when they are
    /// set; errors at `at`, naming the image as written.
    func imageFile(_ src: String, at: Int) throws -> String {
        var found = src.hasPrefix("/") ? (FileManager.default.fileExists(atPath: src) ? src : nil) : locate(src)?.path
        if let roots = allowedRoots {
            do { found = try found.map { try roots.resolve($0, relativeTo: URL(fileURLWithPath: "/")).path } } catch {
                throw self.error(at: at, "\(roots.refusal(src))")
            }
        }
        guard let path = found else { throw error(at: at, "fichier image « \(src) » introuvable") }
        if let images {
            do { try images.add(path: path, name: src) } catch { throw self.error(at: at, "\(error)") }
        }
        return path
    }

    func box(_ element: XMLElement) throws -> Box {
        let reader = attributes(element)
        var box = Box(try blocks(element.children, in: "box", paragraphStyle: "body"))
        if let border = try reader.choice("border", among: ["single", "double", "none"]) {
            box.border = Box.Border(rawValue: border) ?? .single
        }
        if let width = try reader.length("border-width") { box.borderWidth = width }
        box.borderColor = try reader.color("border-color") ?? accent
        box.background = try reader.color("background")
        if let padding = try reader.insets("padding") { box.padding = padding }
        if let radius = try reader.length("radius") { box.cornerRadius = radius }
        box.width = try reader.length("width")
        return box
    }

    func place(_ element: XMLElement) throws -> PlacedBox {
        let reader = attributes(element)
        let boxes = try children(of: element, named: "box")
        guard boxes.count == 1 else { throw error(at: element.position, "<place> contient exactement un <box>") }
        for name in ["x", "y", "width"] { _ = try reader.required(name) }
        let site = position(element.position)
        return PlacedBox(x: try reader.length("x") ?? 0, y: try reader.length("y") ?? 0,
                         width: try reader.length("width") ?? 0, box: try box(boxes[0]),
                         source: SourceSite(path: site.path, line: site.line, column: site.column))
    }

    func qrCode(_ element: XMLElement) throws -> QRCodeBlock {
        let reader = attributes(element)
        try rejectText(element)
        let alignment = try reader.choice("align", among: ["left", "center", "right"]).flatMap(TextAlignment.init(rawValue:))
        var code = QRCodeBlock(text: try reader.required("text"), size: try reader.length("size") ?? 72,
                               errorCorrection: try reader.choice("level", QRCodeBlock.ErrorCorrection.self) ?? .medium,
                               alignment: alignment ?? .left)
        code.alternative = typeset("Code QR : \(code.text)")
        return code
    }

    func chart(_ element: XMLElement) throws -> Chart {
        let reader = attributes(element)
        _ = try reader.required("type")
        let kind = try reader.choice("type", among: ["bar", "radar"]).flatMap(Chart.Kind.init(rawValue:)) ?? .bar
        let entries = try children(of: element, named: "entry").map { entry in
            let entryReader = attributes(entry)
            _ = try entryReader.required("value")
            return Chart.Entry(label: typeset(entryReader.string("label") ?? ""), value: try entryReader.number("value") ?? 0)
        }
        let scale = reader.string("scale").map { text in
            text.split(separator: ";").map { typeset($0.trimmingCharacters(in: .whitespaces)) }
        } ?? []
        let maximum = try reader.number("max") ?? Double(max(scale.count, 1)).maxed(with: entries.map(\.value).max())
        var chart = Chart(kind: kind, entries: entries, maximum: maximum, scaleLabels: scale,
                          width: try reader.length("width") ?? 400, height: try reader.length("height") ?? 220)
        chart.color = try reader.color("color") ?? accent
        chart.title = typeset(reader.string("title") ?? "")
        chart.alternative = typeset(Self.description(of: chart))
        return chart
    }

    /// What a chart shows, read out in place of its drawing: its title, then each entry's label and
    /// value (the scale's name for a whole value it names).
    static func description(of chart: Chart) -> String {
        let title = chart.title.isEmpty ? (chart.kind == .bar ? "Graphique en barres" : "Graphique en radar") : chart.title
        let entries = chart.entries.map { entry in
            let whole = Int(exactly: entry.value)
            let value = whole.flatMap { chart.scaleLabels.indices.contains($0 - 1) ? chart.scaleLabels[$0 - 1] : nil }
                ?? (whole.map(String.init) ?? String(entry.value).replacingOccurrences(of: ".", with: ","))
            return "\(entry.label) : \(value)"
        }
        return entries.isEmpty ? title : "\(title) : \(entries.joined(separator: " ; "))"
    }
}

private extension Double {
    /// The scale's top: the number of scale labels, or the largest value when larger.
    func maxed(with value: Double?) -> Double { Swift.max(self, value ?? 0) }
}
