import DocumentTree

/// Paragraphs already set by an earlier pass of the same layout. Text without page fields comes
/// out the same in every pass, so a pass after the first (for a table of contents) reshapes only
/// what shows page numbers. Lives for one `layout` call.
final class LineCache {
    struct Key: Hashable {
        var inlines: [Inline]
        var style: TextStyle
        var left: Points
        var width: Points
    }
    private var entries: [Key: [FlowBox]] = [:]

    func lines(for key: Key, _ make: () throws -> [FlowBox]) rethrows -> [FlowBox] {
        if let cached = entries[key] { return cached }
        let lines = try make()
        entries[key] = lines
        return lines
    }
}
