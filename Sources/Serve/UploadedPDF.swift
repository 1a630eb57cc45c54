import Foundation
import Crypto
import MultipartKit
import NIOCore

/// The file of an upload form's `pdf` field, read from a multipart/form-data body.
enum UploadedPDF {
    enum Failure: Error { case unreadable, notPDF }

    /// The SHA-256 (lowercase hexadecimal) of the uploaded file, once it is known to be a PDF.
    static func sha256(body: ByteBuffer, contentType: String) throws(Failure) -> String {
        guard let boundary = boundary(of: contentType) else { throw .unreadable }
        let parser = MultipartParser(boundary: boundary)
        var name: String?
        var current = ByteBuffer()
        var file: ByteBuffer?
        parser.onHeader = { field, value in
            if field.lowercased() == "content-disposition" { name = parameter("name", in: value) }
        }
        parser.onBody = { chunk in if name == "pdf" { current.writeBuffer(&chunk) } }
        parser.onPartComplete = {
            if name == "pdf", file == nil { file = current }
            name = nil
            current.clear()
        }
        do { try parser.execute(body) } catch { throw .unreadable }
        guard let file, file.readableBytes > 0 else { throw .unreadable }
        // Every PDF starts with its header; anything else is not worth hashing.
        guard file.readableBytesView.starts(with: Array("%PDF-".utf8)) else { throw .notPDF }
        return SHA256.hash(data: file.readableBytesView).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
