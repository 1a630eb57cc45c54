/// The images a renderer draws, each decoded once from the bytes the display list carries, by its
/// path, and kept from one document to the next: a batch's certificates all draw the campaign's logo.
/// The last few dozen images are kept; an image whose bytes changed under the same path is decoded
/// again. Used by one render task at a time.
public final class ImageStore {
    private var images = RecentCache<String, LoadedImage>(limit: 16)

    public init() {}

    public func image(path: String, data: [UInt8]) throws -> LoadedImage {
        // The same file's bytes are the same array, compared without reading them.
        if let known = images.value(for: path), known.data == data { return known }
        let image = try LoadedImage(data: data, path: path)
        images.insert(image, for: path)
        return image
    }
}
