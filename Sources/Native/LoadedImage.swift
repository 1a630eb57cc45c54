import CCairo
import Foundation

/// An image decoded from a file, ready to draw, with its natural size in points (pixels at 96 dpi,
/// as CSS and librsvg count them). PNG and JPEG become opaque pixels (alpha flattened onto white,
/// since PDF/A allows no transparency; a JPEG keeps its original bytes, embedded as DCT in PDF);
/// an SVG becomes a recording of vector drawing. Decoded once, drawable any number of times.
/// Not thread-safe: used by one render task at a time.
public final class LoadedImage {
    public enum Format: String, Sendable { case png = "PNG", jpeg = "JPEG", svg = "SVG" }

    public let path: String
    public let format: Format
    public let width: Double
    public let height: Double
    /// The file's bytes, for a display list that names the image (a renderer decodes them again).
    public let data: [UInt8]
    /// An opaque image surface, or a recording surface for SVG; both drawn as a pattern.
    let surface: OpaquePointer
    /// The surface's own size (pixels), which drawing scales to the requested rectangle.
    let sourceWidth: Double
    let sourceHeight: Double

    static let pointsPerPixel = 72.0 / 96

    /// Reads and decodes a PNG, JPEG or SVG file; errors name the file and what is wrong.
    public convenience init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw NativeError("image \(path) : fichier introuvable") }
        // The limits hold here too, whatever checked the file before (a file may change in between).
        let size = FileStatus(path: path)?.size ?? 0
        do { try ImageLimits.checkBytes(size, svg: false, name: path) } catch { throw NativeError("\(error)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NativeError("image \(path) : fichier illisible")
        }
        try self.init(data: [UInt8](data), path: path)
    }

    /// Decodes image bytes; `path` names them in errors.
    public init(data: [UInt8], path: String) throws {
        let format = try Self.format(of: data, path: path)
        do { try ImageLimits.checkBytes(data.count, svg: format == .svg, name: path) } catch { throw NativeError("\(error)") }
        // A header without a size is left for the decoder to report.
        if format != .svg, let pixels = RasterHeader.pixelSize(of: data) {
            do { try ImageLimits.checkPixels(width: pixels.width, height: pixels.height, name: path) } catch {
                throw NativeError("\(error)")
            }
        }
        let decoded: (surface: OpaquePointer, width: Double, height: Double, naturalWidth: Double, naturalHeight: Double)
        do {
            switch format {
            case .png: decoded = Self.natural(try RasterDecoder.png(data))
            case .jpeg: decoded = Self.natural(try RasterDecoder.jpeg(data))
            case .svg: decoded = try VectorDecoder.svg(data)
            }
        } catch let error as NativeError {
            throw NativeError("image \(path) : \(error.message)")
        }
        self.path = path
        self.data = data
        self.format = format
        surface = decoded.surface
        sourceWidth = decoded.width
        sourceHeight = decoded.height
        width = decoded.naturalWidth * Self.pointsPerPixel
        height = decoded.naturalHeight * Self.pointsPerPixel
    }

    /// A raster image's natural size is its size in pixels.
    private static func natural(_ decoded: (surface: OpaquePointer, width: Double, height: Double))
        -> (surface: OpaquePointer, width: Double, height: Double, naturalWidth: Double, naturalHeight: Double) {
        (decoded.surface, decoded.width, decoded.height, decoded.width, decoded.height)
    }

    deinit { cairo_surface_destroy(surface) }

    private static func format(of data: [UInt8], path: String) throws -> Format {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        if head.contains("<svg") || path.lowercased().hasSuffix(".svg") { return .svg }
        if data.isEmpty { throw NativeError("image \(path) : le fichier est vide") }
        throw NativeError("image \(path) : ce n'est pas un fichier PNG, JPEG ou SVG")
    }
}
