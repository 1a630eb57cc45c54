/// The outline of the dark modules of a square grid (a QR code) as closed loops of grid corners,
/// in columns and rows from the top left: one point where the outline turns, none along straight
/// edges. Outer edges run clockwise on the page (y downwards) and the edges of light holes
/// anticlockwise, so that the nonzero winding rule fills exactly the dark modules. A run of dark
/// modules drawn as its own rectangle takes four points; the outline shares its corners with the
/// neighbouring rows: 770 points instead of 1,156 for the example certificate's 33 × 33 code, each point
/// two numbers that cairo formats into the PDF.
struct ModuleOutline {
    struct Corner: Hashable { var column: Int, row: Int }

    /// Directions on the page, clockwise: a right turn is the next one.
    private static let steps = [(1, 0), (0, 1), (-1, 0), (0, -1)]

    let loops: [[Corner]]

    init(size: Int, isDark: (_ row: Int, _ column: Int) -> Bool) {
        let side = size + 1
        // For each grid corner, a bit for each direction an outline edge leaves it in.
        var leaving = [UInt8](repeating: 0, count: side * side)
        func dark(_ row: Int, _ column: Int) -> Bool {
            row >= 0 && row < size && column >= 0 && column < size && isDark(row, column)
        }
        for row in 0..<size {
            for column in 0..<size where isDark(row, column) {
                // Each dark module's sides clockwise, kept where the module beyond is light.
                if !dark(row - 1, column) { leaving[row * side + column] |= 1 << 0 }
                if !dark(row, column + 1) { leaving[row * side + column + 1] |= 1 << 1 }
                if !dark(row + 1, column) { leaving[(row + 1) * side + column + 1] |= 1 << 2 }
                if !dark(row, column - 1) { leaving[(row + 1) * side + column] |= 1 << 3 }
            }
        }
        // Each loop starts at its top left corner (corners before it in row order have no edges left)
        // and ends there, where its last edge arrives.
        var loops: [[Corner]] = []
        for start in leaving.indices where leaving[start] != 0 {
            var loop: [Corner] = []
            var here = start
            var heading = -1
            while leaving[here] != 0 {
                // Right turn first, then straight on, then left (at the start, any edge). Where two dark
                // modules touch only at this corner two edges leave it: turning right keeps each module's
                // loop to itself. Elsewhere only one edge leaves.
                var next = (heading + 1) % 4
                while leaving[here] & (1 << next) == 0 { next = (next + 3) % 4 }
                leaving[here] &= ~(1 << next)
                if next != heading { loop.append(Corner(column: here % side, row: here / side)) }
                heading = next
                here += Self.steps[next].0 + Self.steps[next].1 * side
            }
            loops.append(loop)
        }
        self.loops = loops
    }
}
