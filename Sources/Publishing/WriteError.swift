import Foundation

/// A file or folder the system would not let ldm write, said in one French sentence that names the
/// path and the cause the user can act on (a read-only folder, a file in the way, a full disk),
/// never Foundation's raw error text.
public struct WriteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What could not be written.
    public var path: String
    /// The `errno` of the failing call.
    public var code: Int32
    /// The path that caused it, when it is not `path` itself (a parent that is a file, a missing folder).
    public var culprit: String?

    public init(path: String, code: Int32, culprit: String? = nil) {
        self.path = path; self.code = code; self.culprit = culprit
    }

    /// The sentence for a Foundation error of writing `path` (FileHandle's), or nil when it is not
    /// a system error of the file.
    public init?(path: String, from error: Error) {
        if let error = error as? WriteError { self = error; return }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { self.init(path: path, code: Int32(nsError.code)); return }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(path: path, code: Int32(underlying.code)); return
        }
        guard let cocoa = error as? CocoaError else { return nil }
        switch cocoa.code {
        case .fileWriteOutOfSpace: self.init(path: path, code: ENOSPC)
        case .fileWriteNoPermission: self.init(path: path, code: EACCES)
        case .fileWriteVolumeReadOnly: self.init(path: path, code: EROFS)
        case .fileNoSuchFile, .fileWriteInvalidFileName: self.init(path: path, code: ENOENT)
        default: self.init(path: path, code: EIO)
        }
    }

    public var description: String {
        let place = culprit ?? (path as NSString).deletingLastPathComponent
        switch code {
        case EACCES, EPERM:
            return "impossible d’écrire « \(path) » : vous n’avez pas le droit d’écrire dans le dossier « \(place) »"
        case EROFS:
            return "impossible d’écrire « \(path) » : le dossier « \(place) » est en lecture seule"
        case ENOSPC, EDQUOT:
            return "impossible d’écrire « \(path) » : le disque est plein"
        case ENOTDIR, EEXIST:
            return "impossible d’écrire « \(path) » : « \(place) » est un fichier, pas un dossier"
        case EISDIR:
            return "impossible d’écrire « \(path) » : c’est un dossier"
        case ENOENT:
            return "impossible d’écrire « \(path) » : le dossier « \(place) » n’existe pas"
        case ENAMETOOLONG:
            return "impossible d’écrire « \(path) » : le chemin est trop long"
        default:
            return "impossible d’écrire « \(path) » : le système a refusé (erreur \(code))"
        }
    }
}

/// Writing through POSIX calls, so that each failure keeps its `errno` and the path it concerns.
enum FileSystem {
    /// Makes `folder` and its missing parents.
    static func makeFolder(_ folder: URL, for target: String) throws {
        let path = folder.path
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw WriteError(path: target, code: ENOTDIR, culprit: path)
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != path { try makeFolder(parent, for: target) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw WriteError(path: target, code: errno, culprit: parent.path)
        }
    }

    /// Creates `path` (which must not exist) and returns its descriptor.
    static func create(_ path: String, reported target: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: target, code: errno) }
        return descriptor
    }

    /// Writes every byte, or throws with the reason (a full disk most often).
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, reported target: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: target, code: errno)
            }
            offset += written
        }
    }

    /// Closes: on some file systems a full disk shows only here.
    static func finish(_ descriptor: Int32, reported target: String) throws {
        if close(descriptor) != 0 { throw WriteError(path: target, code: errno) }
    }

    static func rename(_ from: String, to target: String) throws {
        guard Glibc.rename(from, target) == 0 else { throw WriteError(path: target, code: errno) }
    }
}
