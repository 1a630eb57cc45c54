import Foundation
import Native

/// Reads a data file's bytes as UTF-8 text, refusing what the YAML parser should never see:
/// files over the size limit (checked before reading), empty files and invalid UTF-8.
enum SourceReader {
    static let maximumBytes = 10 * 1024 * 1024

    static func read(_ url: URL, file: String, log: DiagnosticLog) -> String? {
        let start = SourceLocation.start(of: file)
        let size = FileStatus(path: url.path)?.size
        guard let size else {
            log.error(start, "fichier illisible")
            return nil
        }
        if size > maximumBytes {
            log.error(start, "fichier trop gros (\(megabytes(size)) Mo) : ldm lit des fichiers de données de 10 Mo au plus",
                      .hint("les fichiers de données d'une campagne font quelques kilo-octets : est-ce le bon fichier ?"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(start, "fichier illisible")
            return nil
        }
        return decode(Array(data), file: file, log: log)
    }

    /// Decodes UTF-8 (dropping a byte order mark) or reports the first invalid byte with its position.
    static func decode(_ bytes: [UInt8], file: String, log: DiagnosticLog) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            log.error(.start(of: file), "fichier vide",
                      .hint("un fichier de données commence par « format: ldm/1 »"))
            return nil
        }
        // Nearly every file is valid: checked at the standard library's speed, walked scalar by scalar
        // only to place the first invalid byte.
        if let text = String(validating: body, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var consumed = body.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(decoding: body, as: UTF8.self)
            case .error:
                let byte = String(body[consumed], radix: 16, uppercase: true)
                log.error(SourceLocation(file: file, line: line, column: column),
                          "octet 0x\(byte) invalide en UTF-8",
                          .hint("enregistrez le fichier en UTF-8 (il est peut-être en Latin-1 ou Windows-1252)"))
                return nil
            }
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10),\(tenths % 10)"
    }
}
