import CMalloc

/// How the process hands freed memory back to the system.
public enum FreedMemory {
    /// glibc gives the free top of a heap back to the system once 128 KiB of it are free. A batch frees
    /// each certificate's buffers (cairo, zlib, qpdf) and would fault the same pages in again for the
    /// next: for 1,000 certificates, some 180,000 page faults and a fifth to a third of the CPU spent
    /// as system time. Kept up to 512 MiB instead; a batch's peak does not grow (BENCHMARKS.md, « Gardé 6 »).
    public static func keepForReuse() {
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
    }
}
