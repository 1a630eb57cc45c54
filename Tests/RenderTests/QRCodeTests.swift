import DocumentTree
@testable import Layout
import Native
import Pages
import Render
import Testing

/// The QR code as layout draws it (white square, grid of modules, 4-module quiet zone),
/// at the top left of a page just its size.
func qrPage(_ matrix: QRMatrix, module: Double = 4) -> LaidOutDocument {
    let side = Double(matrix.size + 8) * module
    let items = BlockFlow.qrItems(matrix, at: Point(x: 0, y: 0), side: side, whiteFrom: 0, to: side)
    return LaidOutDocument(metadata: Metadata(), pages: [Page(size: PageSize(width: side, height: side), items: items)])
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

    @Test("drawn at 4 px a module, every pixel of a module is black where the module is dark, white where it is light")
    func theFilledAreaIsExactlyTheDarkModules() throws {
        let matrix = try QRMatrix(encoding: "https://label.ac-nice.example.fr/verifier/0E0K-WXGD-24")
        let bitmap = try Bitmap(png: try PNGRenderer.render(qrPage(matrix, module: 4), resolution: 72)[0])
        #expect(bitmap.width == (matrix.size + 8) * 4)
        var wrong: [String] = []
        for y in 0..<bitmap.height {
            for x in 0..<bitmap.width {
                let (row, column) = (y / 4 - 4, x / 4 - 4)
                let dark = (0..<matrix.size).contains(row) && (0..<matrix.size).contains(column) && matrix[row, column]
                let pixel = bitmap.pixel(x: x, y: y)
                if [pixel.red, pixel.green, pixel.blue] != (dark ? [0, 0, 0] : [255, 255, 255]) { wrong.append("(\(x), \(y))") }
            }
        }
        #expect(wrong.isEmpty, "pixels not as the modules: \(wrong.prefix(10))")
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
