import DocumentTree
import Native
import Synchronization

/// What the layout needs of an image file: its natural size and bytes (which the display list carries
/// to the renderer), read and decoded once for all the documents of an engine, by path, while the
/// file's size and date stay the same. Shared by the threads that set a document's chunks.
final class ImageSizes: Sendable {
    struct Image: Sendable {
        var path: String
        var width: Points
        var height: Points
        var data: [UInt8]
        fileprivate var status: FileStatus?
    }

    private let known = Mutex(RecentCache<String, Image>(limit: 16))

    func image(path: String) throws -> Image {
        let status = FileStatus(path: path)
        if let image = known.withLock({ $0.value(for: path) }), status != nil, image.status == status { return image }
        let loaded = try LoadedImage(path: path)
        let image = Image(path: loaded.path, width: loaded.width, height: loaded.height, data: loaded.data, status: status)
        known.withLock { $0.insert(image, for: path) }
        return image
    }
}
