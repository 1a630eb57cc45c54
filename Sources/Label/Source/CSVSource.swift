import Foundation

/// A spreadsheet's export read with the position of every cell: UTF-8 with or without a byte order
/// mark (through `SourceReader`, with its size limit), cells separated by `;` or `,` (whichever the
/// header row uses), fields in double quotes as RFC 4180 writes them (`""` for a quote, line breaks
/// allowed inside). Lines and columns count as in the YAML files: 1-based, in Unicode scalars.
struct CSVSource {
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    /// The header row first; rows that hold nothing but empty cells are left out.
    var rows: [[Cell]]

    static func read(_ url: URL, file: String, log: DiagnosticLog) -> CSVSource? {
        guard let text = SourceReader.read(url, file: file, log: log) else { return nil }
        return parse(text, file: file, log: log)
    }

    static func parse(_ text: String, file: String, log: DiagnosticLog) -> CSVSource? {
        let scalars = Array(text.unicodeScalars)
        let separator = separator(of: scalars)
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var start = SourceLocation(file: file, line: 1, column: 1)
        var index = 0
        var quoted = false
        var quoteStart = start

        func endField() {
            row.append(Cell(text: String(field), location: start))
            field = String.UnicodeScalarView()
        }
        func endRow() {
            endField()
            if row.contains(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) { rows.append(row) }
            row = []
        }
        func advance(_ scalar: Unicode.Scalar) {
            index += 1
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.append("\""); advance(scalar); advance(scalar)
                        continue
                    }
                    quoted = false
                } else {
                    field.append(scalar)
                }
                advance(scalar)
                continue
            }
            switch scalar {
            case "\"" where field.allSatisfy({ $0 == " " }):
                field = String.UnicodeScalarView()
                quoted = true
                quoteStart = SourceLocation(file: file, line: line, column: column)
                advance(scalar)
            case separator:
                endField()
                advance(scalar)
                start = SourceLocation(file: file, line: line, column: column)
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                advance(scalar)
            case "\n":
                endRow()
                advance(scalar)
                start = SourceLocation(file: file, line: line, column: column)
            default:
                field.append(scalar)
                advance(scalar)
            }
        }
        if quoted {
            log.error(quoteStart, "guillemet non refermé", .hint("terminez la cellule par un guillemet ; à l'intérieur, écrivez \"\" pour \""))
            return nil
        }
        endRow()
        guard !rows.isEmpty else {
            log.error(.start(of: file), "fichier vide", .hint("la première ligne nomme les colonnes"))
            return nil
        }
        return CSVSource(rows: rows)
    }

    /// `;` (French spreadsheets) unless the first line has more `,` outside quotes.
    private static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var semicolons = 0, commas = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" { break }
            if scalar == ";" { semicolons += 1 }
            if scalar == "," { commas += 1 }
        }
        return commas > semicolons ? "," : ";"
    }
}
