import CCairo

/// PNG bytes to and from cairo image surfaces, through cairo's stream functions.
enum PNGCodec {
    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        let buffer = Buffer()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let buffer = Unmanaged<Buffer>.fromOpaque(closure).takeUnretainedValue()
            buffer.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(buffer).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw NativeError("cairo n'a pas pu écrire le PNG : \(String(cString: cairo_status_to_string(status)))")
        }
        return buffer.bytes
    }

    /// A new image surface (the caller destroys it), or an error for corrupt data.
    static func decode(_ bytes: [UInt8]) throws -> OpaquePointer {
        let buffer = Buffer()
        buffer.bytes = bytes
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let buffer = Unmanaged<Buffer>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard buffer.offset + count <= buffer.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            buffer.bytes.withUnsafeBufferPointer { source in
                data.update(from: source.baseAddress! + buffer.offset, count: count)
            }
            buffer.offset += count
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(buffer).toOpaque())!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw NativeError("PNG illisible (\(String(cString: cairo_status_to_string(status))))")
        }
        return surface
    }

    private final class Buffer {
        var bytes: [UInt8] = []
        var offset = 0
    }
}

/// Decoded pixels of a PNG, composited onto white: for tests and previews that inspect pixels.
public struct Bitmap: Sendable, Hashable {
    public let width: Int
    public let height: Int
    /// Red, green, blue bytes, row after row from the top.
    public let rgb: [UInt8]

    public init(png: [UInt8]) throws {
        let decoded = try PNGCodec.decode(png)
        let opaque = RasterDecoder.flattenedOnWhite(decoded)
        cairo_surface_destroy(decoded)
        defer { cairo_surface_destroy(opaque) }
        width = Int(cairo_image_surface_get_width(opaque))
        height = Int(cairo_image_surface_get_height(opaque))
        let stride = Int(cairo_image_surface_get_stride(opaque))
        let data = cairo_image_surface_get_data(opaque)!
        let (width, height) = (self.width, self.height)
        rgb = [UInt8](unsafeUninitializedCapacity: width * height * 3) { buffer, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let pixel = row[x], index = (y * width + x) * 3
                    buffer[index] = UInt8(truncatingIfNeeded: pixel >> 16)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: pixel)
                }
            }
            count = width * height * 3
        }
    }

    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let index = (y * width + x) * 3
        return (rgb[index], rgb[index + 1], rgb[index + 2])
    }
}
