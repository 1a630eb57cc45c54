/// The images of the documents a renderer draws, each decoded once from the bytes the display list
/// carries, by its path. Used by one render task.
public final class ImageStore {
    private var images: [String: LoadedImage] = [:]

    public init() {}

    public func image(path: String, data: [UInt8]) throws -> LoadedImage {
        if let known = images[path] { return known }
        let image = try LoadedImage(data: data, path: path)
        images[path] = image
        return image
    }
}
