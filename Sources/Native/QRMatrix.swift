import CQRencode
import Foundation

/// The modules of a QR code from libqrencode, without quiet zone (layout adds 4 modules around it).
public struct QRMatrix: Sendable, Hashable {
    public enum ErrorCorrection: String, Sendable, CaseIterable {
        /// About 7 %, 15 %, 25 % and 30 % of the code may be damaged.
        case low = "L", medium = "M", quartile = "Q", high = "H"
    }

    /// Modules per side.
    public let size: Int
    /// Row after row from the top; true is dark.
    public let modules: [Bool]

    /// Encodes UTF-8 text in byte mode, at the smallest version that holds it.
    public init(encoding text: String, correction: ErrorCorrection = .medium) throws {
        guard !text.isEmpty else { throw NativeError("code QR : le texte à coder est vide") }
        guard !text.utf8.contains(0) else { throw NativeError("code QR : le texte contient un caractère NUL") }
        let level: QRecLevel = switch correction {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
        guard let code = QRcode_encodeString(text, 0, level, QR_MODE_8, 1) else {
            if errno == ERANGE {
                throw NativeError("code QR : le texte est trop long (\(text.utf8.count) octets) pour la correction d'erreur \(correction.rawValue) ; au plus 2 953 octets tiennent au niveau L, 1 273 au niveau H")
            }
            throw NativeError("code QR : libqrencode ne peut pas coder le texte (\(String(cString: strerror(errno))))")
        }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: size * size)
        self.size = size
        modules = data.map { $0 & 1 == 1 }
    }

    public subscript(row: Int, column: Int) -> Bool { modules[row * size + column] }
}
