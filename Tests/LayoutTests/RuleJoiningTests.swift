import DocumentTree
@testable import Layout
import Pages
import Testing

@Suite("Table rules joined per page")
struct RuleJoiningTests {
    let thin = Stroke(width: 0.5, color: .black)

    func rule(_ segments: [(Points, Points, Points, Points)], stroke: Stroke? = nil) -> PageItem {
        .path(PathShape(subpaths: segments.map { [Point(x: $0.0, y: $0.1), Point(x: $0.2, y: $0.3)] },
                        closed: false, stroke: stroke ?? thin))
    }

    func segments(_ item: PageItem) -> [[Point]] {
        if case .path(let shape) = item { shape.subpaths } else { [] }
    }

    @Test("a long table's page has one rule path: a column edge is one segment from the table's top to its bottom")
    func longTablePage() throws {
        let result = try layout(Document(body: [.table(numberedTable(rows: 300))]))
        let page = result.pages[1]
        let rulePaths = page.items.filter {
            if case .path(let shape) = $0 { !shape.closed } else { false }
        }
        #expect(rulePaths.count == 1)
        let rows = page.lines.filter { $0.text.hasPrefix("Ligne ") }
        let vertical = ruleSegments(page).filter { $0.from.x == $0.to.x }
        #expect(vertical.count == 4, "three columns' left edges and the table's right edge")
        let top = try #require(page.lines.first { $0.text == "Formation" }).top
        let bottom = try #require(rows.last).bottom
        for segment in vertical {
            #expect(segment.from.y < top && segment.to.y > bottom, "each edge runs past the header and the last row")
        }
        // Every row still has its top edge, across the whole table.
        let horizontal = ruleSegments(page).filter { $0.from.y == $0.to.y }
        let xs = verticalRuleXs(page)
        for row in rows {
            #expect(horizontal.contains { $0.from.y < row.top && $0.from.y > row.top - 10 && $0.from.x == xs.first && $0.to.x == xs.last })
        }
    }

    @Test("touching and overlapping segments on one line become one; apart, they stay two")
    func joinsTouchingSegments() {
        let items = [rule([(10, 0, 10, 20), (0, 0, 50, 0)]), rule([(10, 20, 10, 40), (10, 30, 10, 35), (0, 20, 50, 20)]),
                     rule([(10, 50, 10, 60), (50, 0, 60, 0)])]
        let joined = RuleJoining.joined(items)
        #expect(joined.count == 1)
        let subpaths = segments(joined[0])
        #expect(subpaths.count == 4)
        #expect(subpaths.contains([Point(x: 10, y: 0), Point(x: 10, y: 40)]))
        #expect(subpaths.contains([Point(x: 10, y: 50), Point(x: 10, y: 60)]))
        #expect(subpaths.contains([Point(x: 0, y: 0), Point(x: 60, y: 0)]))
        #expect(subpaths.contains([Point(x: 0, y: 20), Point(x: 50, y: 20)]))
    }

    @Test("rules are drawn where the last of them was, after the backgrounds between them")
    func drawnAtTheLastRule() {
        let background = PageItem.rectangle(Rect(x: 0, y: 20, width: 50, height: 20), fill: .white, stroke: nil, cornerRadius: 0)
        let joined = RuleJoining.joined([rule([(0, 0, 0, 20)]), background, rule([(0, 20, 0, 40)]), .endTag(.table)])
        #expect(joined.count == 3)
        guard case .rectangle = joined[0] else { Issue.record("the background comes first"); return }
        #expect(segments(joined[1]) == [[Point(x: 0, y: 0), Point(x: 0, y: 40)]])
        guard case .endTag(.table) = joined[2] else { Issue.record("the tag stays last"); return }
    }

    @Test("a line, an image or another path between rules ends their group; other strokes and closed paths are kept apart")
    func groupsEnd() {
        let slanted = PageItem.line(from: Point(x: 0, y: 100), to: Point(x: 100, y: 120), stroke: thin)
        var joined = RuleJoining.joined([rule([(0, 0, 0, 20)]), slanted, rule([(0, 20, 0, 40)])])
        #expect(joined.count == 3)
        #expect(segments(joined[0]) == [[Point(x: 0, y: 0), Point(x: 0, y: 20)]])
        // A straight line of the same stroke between rules (under a repeated header) joins them;
        // before any rule, it stays where it is.
        let straight = PageItem.line(from: Point(x: 0, y: 20), to: Point(x: 50, y: 20), stroke: thin)
        joined = RuleJoining.joined([rule([(0, 0, 0, 20)]), straight, rule([(0, 20, 0, 40)])])
        #expect(joined.count == 1)
        #expect(segments(joined[0]).count == 2)
        joined = RuleJoining.joined([straight, rule([(0, 0, 0, 20)])])
        #expect(joined.count == 2)

        let thick = Stroke(width: 2, color: .black)
        let polygon = PageItem.path(PathShape(subpaths: [[Point(x: 0, y: 0), Point(x: 5, y: 5), Point(x: 0, y: 5)]], closed: true, stroke: thin))
        joined = RuleJoining.joined([rule([(0, 0, 0, 20)]), rule([(0, 20, 0, 40)], stroke: thick), rule([(0, 20, 0, 40)])])
        #expect(joined.count == 2, "one path per stroke")
        joined = RuleJoining.joined([rule([(0, 0, 0, 20)]), polygon, rule([(0, 20, 0, 40)])])
        #expect(joined.count == 3)
        // A slanted segment is no table rule.
        joined = RuleJoining.joined([rule([(0, 0, 10, 20)]), rule([(0, 20, 0, 40)])])
        #expect(joined.count == 2)
    }
}
