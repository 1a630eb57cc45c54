import DocumentTree
import Native
import Pages
import Render
import Testing

@Suite("PNG pages")
struct PNGOutputTests {
    @Test func inkFallsInsideTheTextAreaAndNoneInTheMargins() throws {
        let margin = 2.2 * Unit.centimetre
        let builder = try ItemBuilder()
        let width = PageSize.a4.width - 2 * margin
        let text = String(repeating: "Le conseil pédagogique analyse les résultats de l’année et ajuste l’accompagnement. ", count: 12)
        let paragraph = builder.paragraph(text, x: margin, top: margin, width: width)
        let resolution = 72.0, scale = resolution / 72
        let png = try #require(try PNGRenderer.render(document(paragraph.items), resolution: resolution).first)
        let bitmap = try Bitmap(png: png)

        let left = Int(margin * scale), right = Int((margin + width) * scale)
        let top = Int(margin * scale), bottom = Int(paragraph.bottom * scale)
        var inkInside = 0, inkOutside = 0
        for y in 0..<bitmap.height {
            for x in 0..<bitmap.width {
                let pixel = bitmap.pixel(x: x, y: y)
                guard pixel.red < 128 && pixel.green < 128 && pixel.blue < 128 else { continue }
                // A pixel of tolerance for antialiasing at the text area's edges.
                if x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1 { inkInside += 1 } else { inkOutside += 1 }
            }
        }
        #expect(inkInside > 1000)
        #expect(inkOutside == 0)
    }

    @Test(arguments: [(72.0, 595, 842), (150.0, 1240, 1754)])
    func theImageSizeFollowsTheResolution(resolution: Double, width: Int, height: Int) throws {
        let png = try #require(try PNGRenderer.render(document([]), resolution: resolution).first)
        let bitmap = try Bitmap(png: png)
        #expect(bitmap.width == width && bitmap.height == height)
        let centre = bitmap.pixel(x: width / 2, y: height / 2)
        #expect(centre.red == 255 && centre.green == 255 && centre.blue == 255, "the background is white")
    }

    @Test func eachPageGivesOneImageAtItsOwnSize() throws {
        let pages = [Page(size: .a4), Page(size: PageSize.a4.landscape)]
        let images = try PNGRenderer.render(LaidOutDocument(metadata: Metadata(), pages: pages), resolution: 36)
        let sizes = try images.map { try Bitmap(png: $0) }.map { [$0.width, $0.height] }
        #expect(sizes == [[298, 421], [421, 298]])
    }
}
