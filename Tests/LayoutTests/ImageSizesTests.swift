import Foundation
import Testing
@testable import Layout

@Suite("Image sizes")
struct ImageSizesTests {
    /// An SVG `width` pixels wide and 48 high (0.75 pt a pixel).
    private func svg(width: Int) -> Data {
        Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"48\"><rect width=\"10\" height=\"10\"/></svg>".utf8)
    }

    @Test("an image is read once for all the documents, and again once its file changes")
    func readOnceUntilChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("logo.svg")
        try svg(width: 96).write(to: file)
        let sizes = ImageSizes()
        let first = try sizes.image(path: file.path)
        #expect(first.width == 72 && first.height == 36)
        #expect(try sizes.image(path: file.path).data == first.data)

        try svg(width: 1920).write(to: file)  // one byte longer: the size tells, whatever the clock's resolution
        let changed = try sizes.image(path: file.path)
        #expect(changed.width == 1440 && changed.height == 36)

        try FileManager.default.removeItem(at: file)
        #expect(throws: (any Error).self) { try sizes.image(path: file.path) }
    }
}
