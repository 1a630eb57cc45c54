import Testing
@testable import Native

/// PDF/A-1 allows no transparency: a translucent SVG is flattened onto white, an opaque one stays vector.
@Suite("Translucent SVGs")
struct SVGTransparencyTests {
    @Test("what makes an SVG translucent", arguments: [
        ("<rect fill=\"#000091\"/>", false),
        ("<rect opacity=\"1\" fill-opacity='1.0'/>", false),
        ("<rect style=\"opacity: 100%\"/>", false),
        ("<rect fill-opacity=\"0.5\"/>", true),
        ("<rect style=\"stroke-opacity:.2\"/>", true),
        ("<stop stop-opacity=\"40%\"/>", true),
        ("<rect fill=\"rgba(0,0,145,0.5)\"/>", true),
        ("<g filter=\"url(#f)\"/>", true),
        ("<mask id=\"m\"/>", true),
        ("<image href=\"logo.png\"/>", true),
        ("<RECT Fill-Opacity=\"0.5\"/>", true),
    ])
    func translucent(body: String, expected: Bool) {
        #expect(SVGTransparency.uses(Array("<svg xmlns=\"http://www.w3.org/2000/svg\">\(body)</svg>".utf8)) == expected)
    }

    @Test("a translucent SVG is decoded as opaque pixels on white at 300 dpi; an opaque one stays a vector recording")
    func flattened() throws {
        func decoded(_ body: String) throws -> LoadedImage {
            try LoadedImage(data: Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"48\">\(body)</svg>".utf8),
                            path: "logo.svg")
        }
        let flat = try decoded("<rect width=\"96\" height=\"48\" fill=\"#000091\" fill-opacity=\"0.5\"/>")
        #expect(flat.sourceWidth == 300 && flat.sourceHeight == 150)
        #expect(flat.width == 72 && flat.height == 36, "the natural size is kept")
        let vector = try decoded("<rect width=\"96\" height=\"48\" fill=\"#000091\"/>")
        #expect(vector.sourceWidth == 96 && vector.sourceHeight == 48)
    }
}
