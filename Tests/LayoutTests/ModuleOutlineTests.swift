@testable import Layout
import Native
import Testing

/// A grid from rows of `#` (dark) and `.` (light).
private func outline(_ rows: [String]) -> ModuleOutline {
    let grid = rows.map { $0.map { $0 == "#" } }
    return ModuleOutline(size: grid.count) { grid[$0][$1] }
}

private func corners(_ points: [(Int, Int)]) -> [ModuleOutline.Corner] { points.map { .init(column: $0.0, row: $0.1) } }

/// How many times the loops wind around the point (x, y), clockwise on the page counted positive:
/// the nonzero rule fills where it is not 0.
private func winding(_ loops: [[ModuleOutline.Corner]], x: Double, y: Double) -> Int {
    var total = 0
    for loop in loops {
        for (a, b) in zip(loop, loop.dropFirst() + [loop[0]]) where a.column == b.column && Double(a.column) > x {
            let (top, bottom) = (min(a.row, b.row), max(a.row, b.row))
            if Double(top) < y && y < Double(bottom) { total += b.row > a.row ? 1 : -1 }
        }
    }
    return total
}

@Suite("The outline of a QR code's dark modules")
struct ModuleOutlineTests {
    @Test("a finder pattern is three loops: the dark ring clockwise, its light hole anticlockwise, the dark centre clockwise")
    func finderPattern() {
        let loops = outline(["#######", "#.....#", "#.###.#", "#.###.#", "#.###.#", "#.....#", "#######"]).loops
        #expect(loops == [corners([(0, 0), (7, 0), (7, 7), (0, 7)]),
                          corners([(1, 1), (1, 6), (6, 6), (6, 1)]),
                          corners([(2, 2), (5, 2), (5, 5), (2, 5)])])
    }

    @Test("two modules touching at a corner are two loops, not one through the shared corner")
    func diagonalModules() {
        #expect(outline(["#.", ".#"]).loops == [corners([(0, 0), (1, 0), (1, 1), (0, 1)]),
                                                corners([(1, 1), (2, 1), (2, 2), (1, 2)])])
    }

    @Test("a loop has a point only where it turns")
    func onlyCorners() {
        #expect(outline(["###", "##.", "#.."]).loops == [corners([(0, 0), (3, 0), (3, 1), (2, 1), (2, 2), (1, 2), (1, 3), (0, 3)])])
    }

    @Test("a QR code's outline fills exactly its dark modules, with a point for each corner of the dark area")
    func qrCode() throws {
        let matrix = try QRMatrix(encoding: "https://label.ac-nice.example.fr/verifier/0E0K-WXGD-24")
        let loops = ModuleOutline(size: matrix.size) { matrix[$0, $1] }.loops
        for row in 0..<matrix.size {
            for column in 0..<matrix.size {
                let expected = matrix[row, column] ? 1 : 0
                #expect(winding(loops, x: Double(column) + 0.5, y: Double(row) + 0.5) == expected, "module \(row), \(column)")
            }
        }
        // The corners of the dark area: grid points with one or three dark modules around them, two
        // where two dark modules meet only there.
        func dark(_ row: Int, _ column: Int) -> Bool {
            row >= 0 && row < matrix.size && column >= 0 && column < matrix.size && matrix[row, column]
        }
        var cornerCount = 0
        for row in 0...matrix.size {
            for column in 0...matrix.size {
                let around = [dark(row - 1, column - 1), dark(row - 1, column), dark(row, column - 1), dark(row, column)]
                switch around.filter({ $0 }).count {
                case 1, 3: cornerCount += 1
                case 2 where around[0] == around[3]: cornerCount += 2
                default: break
                }
            }
        }
        #expect(loops.map(\.count).reduce(0, +) == cornerCount)
        let runs = (0..<matrix.size).map { row in
            (0..<matrix.size).filter { matrix[row, $0] && ($0 == 0 || !matrix[row, $0 - 1]) }.count
        }.reduce(0, +)
        // Two thirds of the points of a rectangle for each run of dark modules in a row (770 against 1,156).
        #expect(Double(cornerCount) < 0.7 * Double(runs * 4), "\(cornerCount) corners against \(runs * 4) points for a rectangle per run")
    }
}
