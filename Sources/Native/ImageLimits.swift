import CCairo
import Foundation
import Synchronization

/// What one image, and all the images of one document, may cost. A campaign folder is untrusted:
/// a logo of a billion pixels or an SVG that takes minutes to draw must be refused where it is named,
/// before any document pays for it. The limits are stated to users in docs/limites.md.
public enum ImageLimits {
    /// A PNG or JPEG file.
    public static let maximumRasterBytes = 20 << 20
    /// An SVG file: its text is parsed whole, and every element of it drawn in each document.
    public static let maximumSVGBytes = 2 << 20
    /// Decoded pixels of a PNG or JPEG (four bytes each once decoded: 100 Mo at most).
    public static let maximumPixels = 25_000_000
    /// Either side of an SVG, in pixels at 96 dpi (librsvg draws filters at that size).
    public static let maximumSVGSide = 20_000.0
    /// Processor time librsvg may take to draw an SVG once.
    public static let maximumSVGSeconds = 2.0
    /// What an SVG may ask librsvg to draw (see `SVGCensus`): elements, coordinates of its paths, and
    /// elements drawn through a filter (each filter is drawn as an image of its region).
    public static let maximumSVGElements = 20_000
    public static let maximumSVGCoordinates = 100_000
    public static let maximumSVGFilters = 100
    /// All the distinct image files of one document together.
    public static let maximumDocumentBytes = 50 << 20

    /// Checks the file at `path` against the limits without keeping anything decoded: the header of a
    /// PNG or JPEG is read for its size in pixels, then the image decoded; an SVG is drawn once, timed.
    /// Returns the file's size in bytes. The verdict is kept for the file as it is now (size and date), so that a batch pays
    /// for the check once. Errors name the image as `name` (as the user wrote it).
    public static func check(path: String, name: String) throws -> Int {
        let stamp = Stamp(path)
        if let cached = verdicts.withLock({ $0[path] }), cached.stamp == stamp {
            return try cached.result.get()
        }
        let result = Result { try measure(path: path, name: name, stamp: stamp) }
        verdicts.withLock { $0[path] = Verdict(stamp: stamp, result: result) }
        return try result.get()
    }

    /// Whether `bytes` more image bytes fit in a document that already holds `total`.
    public static func documentBytesExceeded(_ total: Int) -> ImageLimitError? {
        guard total > maximumDocumentBytes else { return nil }
        return ImageLimitError("les images du document pèsent \(megabytes(total)) au total : la limite est de \(megabytes(maximumDocumentBytes))")
    }

    /// Checks a decoded size in pixels (also used when decoding, whatever checked the file before).
    static func checkPixels(width: Int, height: Int, name: String) throws {
        guard width > 0, height > 0 else { throw ImageLimitError("l’image « \(name) » n’a pas de taille") }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= maximumPixels else {
            throw ImageLimitError("l’image « \(name) » fait \(grouped(width)) × \(grouped(height)) pixels : "
                + "une image est limitée à \(grouped(maximumPixels)) pixels")
        }
    }

    static func checkBytes(_ bytes: Int, svg: Bool, name: String) throws {
        let limit = svg ? maximumSVGBytes : maximumRasterBytes
        guard bytes <= limit else {
            throw ImageLimitError("l’image « \(name) » pèse \(megabytes(bytes)) : un fichier \(svg ? "SVG" : "PNG ou JPEG") "
                + "est limité à \(megabytes(limit))")
        }
    }

    private static func measure(path: String, name: String, stamp: Stamp) throws -> Int {
        guard stamp.isRegularFile else { throw ImageLimitError("l’image « \(name) » n’est pas un fichier") }
        let svg = !stamp.isRaster
        try checkBytes(stamp.size, svg: svg, name: name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImageLimitError("l’image « \(name) » ne peut pas être lue")
        }
        let bytes = [UInt8](data)
        if let size = RasterHeader.pixelSize(of: bytes) {
            try checkPixels(width: size.width, height: size.height, name: name)
            // Decoded once, so that a file broken past its header is refused where it is named.
            let png = RasterHeader.isPNG(bytes)
            do { cairo_surface_destroy(try (png ? RasterDecoder.png(bytes) : RasterDecoder.jpeg(bytes)).surface) } catch {
                throw ImageLimitError("l’image « \(name) » est un \(png ? "PNG" : "JPEG") illisible")
            }
        } else if !svg {
            throw ImageLimitError("l’image « \(name) » est un PNG ou un JPEG illisible")
        } else {
            try checkCensus(SVGCensus(bytes), name: name)
            let started = threadSeconds()
            do {
                let decoded = try VectorDecoder.svg(bytes) { width, height in
                    guard width <= maximumSVGSide, height <= maximumSVGSide else {
                        throw ImageLimitError("le SVG « \(name) » fait \(grouped(Int(width))) × \(grouped(Int(height))) pixels : "
                            + "chaque côté est limité à \(grouped(Int(maximumSVGSide))) pixels")
                    }
                }
                cairo_surface_destroy(decoded.surface)
            } catch let error as NativeError {
                throw ImageLimitError("l’image « \(name) » : \(error.message)")
            }
            let seconds = threadSeconds() - started
            guard seconds <= maximumSVGSeconds else {
                throw ImageLimitError("le SVG « \(name) » a demandé \(decimal(seconds)) s de calcul pour être dessiné : "
                    + "la limite est de \(decimal(maximumSVGSeconds)) s")
            }
        }
        return stamp.size
    }

    static func checkCensus(_ census: SVGCensus, name: String) throws {
        for (count, limit, what) in [(census.elements, maximumSVGElements, "éléments"),
                                     (census.coordinates, maximumSVGCoordinates, "coordonnées de tracés"),
                                     (census.filters, maximumSVGFilters, "éléments filtrés")] where count > limit {
            throw ImageLimitError("le SVG « \(name) » compte \(grouped(count)) \(what) : la limite est de \(grouped(limit))")
        }
    }

    private struct Verdict: Sendable {
        var stamp: Stamp
        var result: Result<Int, Error>
    }

    private static let verdicts = Mutex<[String: Verdict]>([:])

    /// A file as it is now: what a verdict holds for.
    private struct Stamp: Sendable, Equatable {
        var size = 0
        var modified = 0.0
        var isRegularFile = false
        /// PNG or JPEG, judged by the first bytes.
        var isRaster = false

        init(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            size = Int(info.st_size)
            modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
            if isRegularFile, let handle = FileHandle(forReadingAtPath: path) {
                let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
                try? handle.close()
                isRaster = RasterHeader.isPNG(head) || RasterHeader.isJPEG(head)
            }
        }
    }

    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / Double(1 << 20)
        let text = value >= 10 ? String(Int(value.rounded())) : decimal(value)
        return (text.hasSuffix(",0") ? String(text.dropLast(2)) : text) + "\u{A0}Mo"
    }

    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// Thousands separated by a narrow no-break space, as French writes them.
    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert("\u{202F}", at: index)
            index -= 3
        }
        return String(digits)
    }
}

/// An image refused by a limit, or unreadable; the message names the image as the user wrote it.
public struct ImageLimitError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The size in pixels written in a PNG's or JPEG's header, read without decoding the image.
enum RasterHeader {
    static func isPNG(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) }
    static func isJPEG(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0xFF, 0xD8, 0xFF]) }

    static func pixelSize(of bytes: [UInt8]) -> (width: Int, height: Int)? {
        if isPNG(bytes) {
            // The IHDR chunk comes first: its width and height are big-endian words at 16 and 20.
            guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
            return (word(bytes, 16, 4), word(bytes, 20, 4))
        }
        guard isJPEG(bytes) else { return nil }
        // Segments follow one another (marker, big-endian length); a start-of-frame holds the size.
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { index += 2; continue }
            let length = word(bytes, index + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (word(bytes, index + 7, 2), word(bytes, index + 5, 2))
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func word(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
