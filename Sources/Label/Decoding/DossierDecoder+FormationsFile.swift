import Foundation
import Native
import Templates

/// `formations: formations.csv`: the offer as a spreadsheet exports it, one row per formation, turned
/// into the same nodes a YAML list would give (each at its cell), so that the same rules apply and
/// every error points at the CSV file's line and column.
extension DossierDecoder {
    static let textColumns = ["diplome", "specialite", "cfd", "niveau"]
    static let requiredColumns = ["diplome", "specialite", "niveau"]
    static var csvColumns: [String] { textColumns + Route.allCases.map(\.rawValue) }

    func formationsFile(_ node: DataNode, name: String, dossier url: URL) -> [DataNode]? {
        guard name.lowercased().hasSuffix(".csv") else {
            log.error(node.location, "« formations » est une liste de formations, ou le nom d'un fichier CSV (trouvé : « \(name) »)")
            return nil
        }
        let file: URL
        do {
            file = try AllowedRoots.campaign([allowedFolder ?? url.deletingLastPathComponent()])
                .resolve(name, relativeTo: url.deletingLastPathComponent())
        } catch {
            log.error(node.location, "\(error)")
            return nil
        }
        guard FileManager.default.fileExists(atPath: file.path) else {
            log.error(node.location, "fichier « \(name) » introuvable", .note("le chemin est relatif au dossier de ce fichier"))
            return nil
        }
        guard let table = CSVSource.read(file, file: display(file), log: log) else { return nil }
        guard let columns = header(table.rows[0]) else { return nil }
        return table.rows.dropFirst().compactMap { row($0, columns: columns, header: table.rows[0]) }
    }

    /// The column of each header cell (nil for a column left out after an error), or nil when the
    /// header lacks a required column.
    private func header(_ cells: [CSVSource.Cell]) -> [String?]? {
        var columns: [String?] = []
        var seen: [String: SourceLocation] = [:]
        // Columns an unknown name was taken for: already reported, not reported missing as well.
        var misspelt: Set<String> = []
        for cell in cells {
            let name = cell.text.trimmingCharacters(in: .whitespaces).lowercased()
            if let first = seen[name] {
                log.error(cell.location, "colonne « \(name) » en double", .note("déjà nommée ligne \(first.line), colonne \(first.column)"))
                columns.append(nil)
            } else if Self.csvColumns.contains(name) {
                seen[name] = cell.location
                columns.append(name)
            } else {
                let near = NearestName.nearest(to: name, in: Self.csvColumns)
                log.error(cell.location, "colonne inconnue « \(cell.text) »",
                          near.map { .hint("vouliez-vous dire « \($0) » ?") }
                              ?? .note("colonnes connues : \(Self.csvColumns.joined(separator: ", "))"))
                if let near { misspelt.insert(near) }
                columns.append(nil)
            }
        }
        let start = cells[0].location
        var complete = true
        for column in Self.requiredColumns where seen[column] == nil {
            complete = false
            if misspelt.contains(column) { continue }
            log.error(start, "colonne obligatoire « \(column) » absente", .note("la première ligne nomme les colonnes : \(Self.csvColumns.joined(separator: ";"))"))
        }
        if !Route.allCases.contains(where: { seen[$0.rawValue] != nil }) {
            log.error(start, "aucune colonne de voie", .note("colonnes des voies : \(Route.allCases.map(\.rawValue).joined(separator: ", "))"))
            complete = false
        }
        return complete ? columns : nil
    }

    /// One formation's mapping: the text columns as they are, the route columns as `voies` and `effectifs`.
    private func row(_ cells: [CSVSource.Cell], columns: [String?], header: [CSVSource.Cell]) -> DataNode? {
        let start = cells[0].location
        if cells.count > columns.count {
            log.error(cells[columns.count].location, "cellule en trop : l'en-tête nomme \(columns.count) colonnes")
            return nil
        }
        func key(_ name: String, at location: SourceLocation) -> DataNode {
            DataNode(content: .scalar(name, quoted: false), location: location)
        }
        var entries: [DataNode.Entry] = []
        var routes: [DataNode] = []
        var counts: [DataNode.Entry] = []
        var valid = true
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            let cell = index < cells.count ? cells[index] : CSVSource.Cell(text: "", location: start)
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            let value = DataNode(content: .scalar(text, quoted: false), location: cell.location)
            if Self.textColumns.contains(column) {
                if column == "cfd" && text.isEmpty { continue }
                entries.append(DataNode.Entry(key: key(column, at: header[index].location), value: value))
            } else if text.lowercased() == "x" {
                routes.append(key(column, at: cell.location))
            } else if !text.isEmpty {
                guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    log.error(cell.location, "valeur « \(text) » invalide dans la colonne « \(column) »",
                              .note("une voie a son effectif, x si elle est ouverte sans effectif connu, ou rien si elle ne l'est pas"))
                    valid = false
                    continue
                }
                routes.append(key(column, at: cell.location))
                counts.append(DataNode.Entry(key: key(column, at: cell.location), value: value))
            }
        }
        guard valid else { return nil }
        entries.append(DataNode.Entry(key: key("voies", at: start), value: DataNode(content: .sequence(routes), location: start)))
        if !counts.isEmpty {
            entries.append(DataNode.Entry(key: key("effectifs", at: start), value: DataNode(content: .mapping(counts), location: start)))
        }
        return DataNode(content: .mapping(entries), location: start)
    }
}
