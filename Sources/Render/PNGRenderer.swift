import Native
import Pages

/// Renders laid-out pages to PNG images (previews, pixel tests): white background, same drawing as PDF.
public enum PNGRenderer {
    /// One PNG per page, at `resolution` pixels per inch.
    public static func render(_ document: LaidOutDocument, resolution: Double, fonts: FontRegistry,
                              images: ImageStore = ImageStore()) throws -> [[UInt8]] {
        var drawer = PageDrawer(fonts: fonts, images: images)
        return try document.pages.enumerated().map { index, page in
            let image = try PNGSurface(width: page.size.width, height: page.size.height, resolution: resolution)
            try drawer.draw(page, number: index + 1, on: image.canvas)
            return try image.pngBytes()
        }
    }
}
