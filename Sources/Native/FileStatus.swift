import Glibc

/// A file's size and modification time, from stat(2). FileManager's attributes also name the file's
/// owner and group, reading /etc/passwd and /etc/group at each call (a dozen system calls a file,
/// several files a certificate), which nothing here needs.
public struct FileStatus: Sendable, Equatable {
    public let size: Int
    /// Seconds and nanoseconds since 1970.
    public let modified: Double

    /// Nil when the file cannot be reached.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
    }
}
