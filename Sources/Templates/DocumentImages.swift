import Foundation
import Native
import Synchronization

/// The distinct image files one document names, each checked once against `ImageLimits`, and their
/// bytes added up against the document's limit. Shared by the threads that build a long body.
final class DocumentImages: Sendable {
    private let seen = Mutex<(paths: Set<String>, bytes: Int)>(([], 0))

    func add(path: String, name: String) throws {
        guard !seen.withLock({ $0.paths.contains(path) }) else { return }
        let bytes = try ImageLimits.check(path: path, name: name)
        let total = seen.withLock { state -> Int in
            if state.paths.insert(path).inserted { state.bytes += bytes }
            return state.bytes
        }
        if let error = ImageLimits.documentBytesExceeded(total) { throw error }
    }
}
