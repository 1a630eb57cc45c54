import Foundation
import Testing
@testable import Native

/// An SVG is judged before librsvg draws it (librsvg cannot be stopped once it draws), and a large one
/// is recorded at a bounded size, so that its filters never take gigabytes.
@Suite("SVG limits hold before drawing")
struct SVGLimitsTests {
    static func svg(_ body: String, side: Int = 100) -> [UInt8] {
        Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side)\" height=\"\(side)\">\(body)</svg>".utf8)
    }

    @Test("the census counts elements, path coordinates and filtered elements", arguments: [
        ("<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#123456\"/>", SVGCensus.counts(2, 0, 0)),
        ("<path d=\"M0 0 L10.5 -3.25 20,30z\"/><polygon points=\"1,2 3,4\"/>", SVGCensus.counts(3, 10, 0)),
        ("<g filter=\"url(#f)\"><circle r=\"3\" style=\"filter: url(#f)\"/></g><filter id=\"f\"/>", SVGCensus.counts(4, 0, 2)),
    ])
    func census(body: String, expected: SVGCensus) {
        #expect(SVGCensus(Self.svg(body)) == expected)
    }

    @Test("an SVG over a count is refused without being drawn, naming the image", arguments: [
        (String(repeating: "<g/>", count: ImageLimits.maximumSVGElements), "compte 20\u{202F}001 éléments : la limite est de 20\u{202F}000"),
        ("<path d=\"M0 0" + String(repeating: " 1 2", count: ImageLimits.maximumSVGCoordinates / 2) + "\"/>",
         "compte 100\u{202F}002 coordonnées de tracés : la limite est de 100\u{202F}000"),
        (String(repeating: "<circle r=\"9\" filter=\"url(#f)\"/>", count: ImageLimits.maximumSVGFilters + 1),
         "compte 101 éléments filtrés : la limite est de 100"),
    ])
    func overACount(body: String, message: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("svg-\(UUID().uuidString).svg")
        try Data(Self.svg(body)).write(to: file)
        #expect(throws: ImageLimitError("le SVG « logo.svg » \(message)")) {
            try ImageLimits.check(path: file.path, name: "logo.svg")
        }
    }

    @Test("a large SVG is recorded at most 2048 pixels on a side and keeps its own size")
    func boundedRecording() throws {
        let blurred = "<filter id=\"f\"><feGaussianBlur stdDeviation=\"80\"/></filter><rect width=\"20000\" height=\"20000\" filter=\"url(#f)\"/>"
        let image = try LoadedImage(data: Self.svg(blurred, side: 20_000), path: "grand.svg")
        #expect(image.width == 20_000 * 0.75)
        #expect(image.sourceWidth == VectorDecoder.maximumRecordedSide)
        let small = try LoadedImage(data: Self.svg("<rect width=\"5\" height=\"5\"/>"), path: "petit.svg")
        #expect(small.sourceWidth == 100 && small.width == 75)
    }

    @Test("an SVG wider than the side limit is refused before it is drawn")
    func sideLimit() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("svg-\(UUID().uuidString).svg")
        try Data(Self.svg("<rect width=\"5\" height=\"5\"/>", side: 30_000)).write(to: file)
        #expect(throws: ImageLimitError("le SVG « large.svg » fait 30\u{202F}000 × 30\u{202F}000 pixels : chaque côté est limité à 20\u{202F}000 pixels")) {
            try ImageLimits.check(path: file.path, name: "large.svg")
        }
    }
}

extension SVGCensus {
    static func counts(_ elements: Int, _ coordinates: Int, _ filters: Int) -> SVGCensus {
        var census = SVGCensus([])
        census.elements = elements
        census.coordinates = coordinates
        census.filters = filters
        return census
    }
}
