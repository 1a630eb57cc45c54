import DocumentTree
import Native
import Pages

/// QR codes as their grid of modules (`ModuleGrid`), on a white square that keeps a quiet zone of 4 modules inside the requested size; aligned left or right,
/// the dark modules meet the text's edge.
extension BlockFlow {
    func qrCodeElements(_ code: QRCodeBlock, left: Points, width: Points) throws -> [FlowElement] {
        let matrix: QRMatrix
        do {
            matrix = try QRMatrix(encoding: code.text, correction: QRMatrix.ErrorCorrection(code.errorCorrection))
        } catch let error as NativeError {
            throw LayoutError("\(error.message) (texte « \(code.text.prefix(40))… »)")
        }
        let side = min(code.size, width, pageHeight)
        // The dark modules, not the white quiet zone, line up with the text at the left or right edge:
        // the quiet zone reaches into the margin, which is white too.
        let quietZone = side * Double(Self.quietModules) / Double(matrix.size + 2 * Self.quietModules)
        let overhang: Points = switch code.alignment {
        case .left: -quietZone
        case .right: quietZone
        case .center, .justify: 0
        }
        let x = left + Self.alignedOffset(side, in: width, alignment: code.alignment) + overhang
        // The white square stays inside the text area: past it, in a box's padding, it would cover
        // the box's border; the margin or padding is light already.
        let items = [.beginTag(.figure), .alternative(code.alternative)]
            + Self.qrItems(matrix, at: Point(x: x, y: 0), side: side, whiteFrom: left, to: left + width) + [.endTag(.figure)]
        return [.glue(6), .box(FlowBox(height: side, items: items)), .glue(6)]
    }

    /// The quiet zone the QR code standard asks around the code, in modules.
    static let quietModules = 4

    /// The code's modules on a white square, the square cut to `whiteFrom...to` horizontally.
    static func qrItems(_ matrix: QRMatrix, at origin: Point, side: Points, whiteFrom: Points, to: Points) -> [PageItem] {
        let module = side / Double(matrix.size + 2 * quietModules)
        let quietZone = Double(quietModules) * module
        let dark = (0..<matrix.size).flatMap { row in (0..<matrix.size).map { column in matrix[row, column] } }
        let white = (max(origin.x, whiteFrom), min(origin.x + side, to))
        return [.rectangle(Rect(x: white.0, y: origin.y, width: white.1 - white.0, height: side), fill: .white, stroke: nil,
                           cornerRadius: 0),
                .modules(ModuleGrid(origin: Point(x: origin.x + quietZone, y: origin.y + quietZone), module: module,
                                    size: matrix.size, dark: dark, color: .black))]
    }
}

extension QRMatrix.ErrorCorrection {
    init(_ level: QRCodeBlock.ErrorCorrection) {
        self = switch level {
        case .low: .low
        case .medium: .medium
        case .quartile: .quartile
        case .high: .high
        }
    }
}
