import DocumentTree
import Native
import Pages
import Render
import Testing

/// The QR code as layout draws it: one path of dark squares, with a 4-module quiet zone.
func qrPage(_ matrix: QRMatrix, module: Double = 4) -> LaidOutDocument {
    var squares: [[Point]] = []
    for row in 0..<matrix.size {
        for column in 0..<matrix.size where matrix[row, column] {
            let x = Double(column + 4) * module, y = Double(row + 4) * module
            squares.append([Point(x: x, y: y), Point(x: x + module, y: y),
                            Point(x: x + module, y: y + module), Point(x: x, y: y + module)])
        }
    }
    let side = Double(matrix.size + 8) * module
    let shape = PathShape(subpaths: squares, closed: true, fill: .black)
    return LaidOutDocument(metadata: Metadata(), pages: [Page(size: PageSize(width: side, height: side), items: [.path(shape)])])
}

@Suite("QR codes")
struct QRCodeTests {
    @Test(arguments: QRMatrix.ErrorCorrection.allCases)
    func aQRCodeDecodesToExactlyTheEncodedText(correction: QRMatrix.ErrorCorrection) throws {
        let text = "https://label.example.fr/certificat/0751234A?annee=2026"
        let matrix = try QRMatrix(encoding: text, correction: correction)
        let png = try PNGRenderer.render(qrPage(matrix), resolution: 144)[0]
        let path = try write(png, to: try temporaryFolder(), as: "qr.png")
        let decoded = try run("zbarimg", ["--raw", "-q", path])
        #expect(decoded.status == 0, "\(decoded.errors)")
        #expect(decoded.output == text + "\n")
    }

    @Test func higherCorrectionNeedsMoreModules() throws {
        let text = "Lycée des métiers Émile Zola"
        #expect(try QRMatrix(encoding: text, correction: .low).size < QRMatrix(encoding: text, correction: .high).size)
    }

    @Test func textTooLongIsAnError() {
        let error = #expect(throws: NativeError.self) {
            try QRMatrix(encoding: String(repeating: "a", count: 3000), correction: .high)
        }
        #expect(error?.message.contains("trop long") == true, "\(String(describing: error))")
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: NativeError.self) { try QRMatrix(encoding: "") }
    }
}
