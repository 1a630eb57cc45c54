import DocumentTree
import Native
import Pages

/// QR codes as vectors: one filled path, a rectangle per run of dark modules in each row, on a
/// white square that keeps a quiet zone of 4 modules inside the requested size; aligned left or right,
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
        let quietZone = quietModules
        let module = side / Double(matrix.size + 2 * quietZone)
        var runs: [[Point]] = []
        for row in 0..<matrix.size {
            let top = origin.y + Double(row + quietZone) * module
            var column = 0
            while column < matrix.size {
                guard matrix[row, column] else { column += 1; continue }
                let start = column
                while column < matrix.size, matrix[row, column] { column += 1 }
                let x0 = origin.x + Double(start + quietZone) * module, x1 = origin.x + Double(column + quietZone) * module
                runs.append([Point(x: x0, y: top), Point(x: x1, y: top), Point(x: x1, y: top + module), Point(x: x0, y: top + module)])
            }
        }
        let white = (max(origin.x, whiteFrom), min(origin.x + side, to))
        return [.rectangle(Rect(x: white.0, y: origin.y, width: white.1 - white.0, height: side), fill: .white, stroke: nil,
                           cornerRadius: 0),
                .path(PathShape(subpaths: runs, closed: true, fill: .black))]
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
