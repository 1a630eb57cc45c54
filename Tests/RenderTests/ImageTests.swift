import DocumentTree
import Foundation
import Native
import Pages
import Render
import Testing

/// A page with one image in a Figure, followed by a paragraph (drawing must go on after the image).
func pageWithImage(_ image: LoadedImage, at rect: Rect) throws -> LaidOutDocument {
    let builder = try ItemBuilder()
    let after = builder.paragraph("Texte après l’image.", x: 60, top: rect.maxY + 20, width: 300)
    return document([.beginTag(.figure), .image(rect, ImageID(image)), .endTag(.figure)] + after.items)
}

/// The rows of `pdfimages -list`, split into columns (page num type width height color comp bpc enc interp …).
func imageRows(of pdf: [UInt8]) throws -> [[Substring]] {
    let path = try write(pdf, to: try temporaryFolder(), as: "images.pdf")
    return try run("pdfimages", ["-list", path]).output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
}

@Suite("Images")
struct ImageTests {
    @Test(arguments: [("emblem.svg", LoadedImage.Format.svg, 90.0, 45.0),
                      ("logo-alpha.png", .png, 30, 15),
                      ("photo.jpeg", .jpeg, 48, 36)])
    func naturalSizeIsThePixelSizeAt96Dpi(name: String, format: LoadedImage.Format, width: Double, height: Double) throws {
        let image = try LoadedImage(path: try fixture(name))
        #expect(image.format == format)
        #expect(image.width == width && image.height == height)
    }

    @Test func anSVGStaysVectorAndDrawingGoesOnAfterIt() throws {
        let image = try LoadedImage(path: try fixture("emblem.svg"))
        let pdf = try PDFRenderer.render(try pageWithImage(image, at: Rect(x: 60, y: 60, width: 240, height: 120)))
        #expect(try imageRows(of: pdf).isEmpty, "the SVG became an image object")
        let path = try write(pdf, to: try temporaryFolder(), as: "svg.pdf")
        #expect(try run("pdftotext", [path, "-"]).output.contains("Texte après l’image."))
        #expect(try run("qpdf", ["--check", path]).status == 0)
    }

    @Test func aJPEGIsEmbeddedAsDCTWithoutInterpolation() throws {
        let image = try LoadedImage(path: try fixture("photo.jpeg"))
        let rows = try imageRows(of: try PDFRenderer.render(try pageWithImage(image, at: Rect(x: 60, y: 60, width: 96, height: 72))))
        #expect(rows.count == 1)
        #expect(rows.first.map { Array($0[2...4] + $0[8...9]) } == ["image", "64", "48", "jpeg", "no"])
    }

    @Test func aPNGWithAlphaIsFlattenedOntoWhite() throws {
        let image = try LoadedImage(path: try fixture("logo-alpha.png"))
        let rows = try imageRows(of: try PDFRenderer.render(try pageWithImage(image, at: Rect(x: 60, y: 60, width: 120, height: 60))))
        #expect(rows.map { String($0[2]) } == ["image"], "no soft mask, one opaque image")
        #expect(rows.first.map { String($0[9]) } == "no")

        // 40 × 20 px drawn at 4 pt per pixel, rendered at 72 dpi: 4 px per image pixel.
        let page = Page(size: PageSize(width: 160, height: 80), items: [.image(Rect(x: 0, y: 0, width: 160, height: 80), ImageID(image))])
        let bitmap = try Bitmap(png: try PNGRenderer.render(LaidOutDocument(metadata: Metadata(), pages: [page]), resolution: 72)[0])
        let corner = bitmap.pixel(x: 2, y: 2), centre = bitmap.pixel(x: 80, y: 40)
        #expect(corner.red == 255 && corner.green == 255 && corner.blue == 255, "transparent became white")
        #expect(centre.red == 0 && centre.green == 0 && centre.blue == 145, "opaque kept its colour")
    }

    @Test func imagesRenderByteIdenticallyWhetherReusedOrReloaded() throws {
        func page(_ images: [LoadedImage]) -> LaidOutDocument {
            document(images.enumerated().map { index, image in
                .image(Rect(x: 60, y: 60 + Double(index) * 100, width: image.width, height: image.height), ImageID(image))
            })
        }
        func load() throws -> [LoadedImage] {
            try ["emblem.svg", "logo-alpha.png", "photo.jpeg"].map { try LoadedImage(path: try fixture($0)) }
        }
        let images = try load()
        let first = try PDFRenderer.render(page(images))
        #expect(try PDFRenderer.render(page(images)) == first)
        #expect(try PDFRenderer.render(page(try load())) == first)
    }

    @Test func aStoreKeepsAnImageAcrossDocumentsUntilItsBytesChange() throws {
        let store = ImageStore()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try fixture("emblem.svg"))))
        let first = try store.image(path: "logo.svg", data: bytes)
        #expect(try store.image(path: "logo.svg", data: bytes) === first)
        let other = Array(try Data(contentsOf: URL(fileURLWithPath: try fixture("logo-alpha.png"))))
        let replaced = try store.image(path: "logo.svg", data: other)
        #expect(replaced !== first && replaced.format == .png && replaced.width == 30)
    }

    @Test(arguments: [("absent.png", "fichier introuvable"), ("corrupt.png", "PNG illisible"),
                      ("broken.svg", "SVG refusé par librsvg"), ("make-fixtures.sh", "ce n'est pas un fichier PNG, JPEG ou SVG")])
    func aBadImageIsAnErrorNamingTheFile(name: String, reason: String) throws {
        let path = name == "absent.png" ? "/nonexistent/absent.png" : try fixture(name)
        let error = try #require(throws: NativeError.self) { try LoadedImage(path: path) }
        #expect(error.message.contains(path) && error.message.contains(reason), "\(error.message)")
    }

    @Test func aCorruptJPEGIsAnErrorNamingTheFile() throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixture("photo.jpeg"))))
        bytes = Array(bytes.prefix(200))
        let error = try #require(throws: NativeError.self) { try LoadedImage(data: bytes, path: "logos/photo.jpeg") }
        #expect(error.message.contains("logos/photo.jpeg") && error.message.contains("JPEG illisible"), "\(error.message)")
    }
}
