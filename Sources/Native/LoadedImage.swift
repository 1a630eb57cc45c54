/// An image decoded from a file, ready to draw: its natural size in points.
/// (PNG, JPEG and SVG loading and drawing come with the images work.)
public final class LoadedImage: @unchecked Sendable {
    public let path: String
    public let width: Double
    public let height: Double
    init(path: String, width: Double, height: Double) {
        self.path = path; self.width = width; self.height = height
    }
}
