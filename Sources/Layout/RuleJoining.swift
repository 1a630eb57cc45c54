import DocumentTree
import Pages

/// Joins a page's table rules into one path per stroke. A table draws each row's edges as short
/// segments (a row does not know the page it lands on); on a page of a long table they are
/// thousands of segments that cairo writes and analyses one by one. Joined, a column's edge is one
/// segment per page and a row's top edge one segment: the same lines, drawn once.
enum RuleJoining {
    /// The items with the open, stroke-only paths of horizontal and vertical segments (the rules a
    /// table makes) joined per stroke, with the straight lines of the same stroke that come between
    /// them. A group of rules is drawn where its last member was, after the backgrounds of the rows
    /// it outlines; any other line, path or image ends the group, so that nothing is drawn over or
    /// under something else than before.
    static func joined(_ items: [PageItem]) -> [PageItem] {
        guard items.contains(where: isRule) else { return items }
        // A rule path's place is kept (nil) until its group is drawn at the last one's.
        var output: [PageItem?] = []
        output.reserveCapacity(items.count)
        var groups: [Stroke: (segments: [Segment], index: Int)] = [:]
        func flush() {
            for (stroke, group) in groups {
                output[group.index] = .path(PathShape(subpaths: joinedSegments(group.segments), closed: false, stroke: stroke))
            }
            groups = [:]
        }
        for item in items {
            switch item {
            case .path(let shape) where isRule(item):
                // Changed in place: a copy taken out of the dictionary would copy the segments each time.
                groups[shape.stroke!, default: ([], 0)].segments += shape.subpaths.map { Segment($0[0], $0[1]) }
                groups[shape.stroke!]!.index = output.count
                output.append(nil)
            case .line(let from, let to, let stroke) where groups[stroke] != nil && (from.x == to.x || from.y == to.y):
                // A table's rule under a repeated header or closing a cut row: part of the open group.
                groups[stroke]!.segments.append(Segment(from, to))
                groups[stroke]!.index = output.count
                output.append(nil)
            case .path, .line, .image:
                flush()
                output.append(item)
            default:
                output.append(item)
            }
        }
        flush()
        return output.compactMap { $0 }
    }

    private static func isRule(_ item: PageItem) -> Bool {
        guard case .path(let shape) = item, !shape.closed, shape.fill == nil, shape.stroke != nil else { return false }
        return shape.subpaths.allSatisfy { $0.count == 2 && ($0[0].x == $0[1].x || $0[0].y == $0[1].y) }
    }

    private struct Segment {
        var from: Point, to: Point
        /// Ordered so that `from` is above or left of `to`.
        init(_ a: Point, _ b: Point) {
            (from, to) = (a.y < b.y || (a.y == b.y && a.x < b.x)) ? (a, b) : (b, a)
        }
        var isVertical: Bool { from.x == to.x && from.y != to.y }
    }

    /// Segments on one vertical or horizontal line that touch or overlap become one.
    private static func joinedSegments(_ segments: [Segment]) -> [[Point]] {
        let tolerance = StackedContent.tolerance
        let vertical = segments.filter(\.isVertical).sorted { ($0.from.x, $0.from.y) < ($1.from.x, $1.from.y) }
        let horizontal = segments.filter { !$0.isVertical }.sorted { ($0.from.y, $0.from.x) < ($1.from.y, $1.from.x) }
        var joined: [Segment] = []
        for segment in vertical {
            if let last = joined.last, last.isVertical, abs(last.from.x - segment.from.x) < tolerance,
               segment.from.y <= last.to.y + tolerance {
                joined[joined.count - 1].to.y = max(last.to.y, segment.to.y)
            } else {
                joined.append(segment)
            }
        }
        let verticalCount = joined.count
        for segment in horizontal {
            if joined.count > verticalCount, let last = joined.last, abs(last.from.y - segment.from.y) < tolerance,
               segment.from.x <= last.to.x + tolerance {
                joined[joined.count - 1].to.x = max(last.to.x, segment.to.x)
            } else {
                joined.append(segment)
            }
        }
        return joined.map { [$0.from, $0.to] }
    }
}
