/// Stencil's output with the markers taken out: the XML text, and for each character the
/// template position it came from. Characters are Unicode scalars: a Character is a small string,
/// costly to make and to compare, and the reader looks at every one of a long document's.
struct ExpandedText {
    var characters: [Unicode.Scalar] = []
    /// A position per character, the file as an index into `paths`: a `SourcePosition` each (a string
    /// to retain) cost the dossier more than expanding its template.
    private var positions: [PackedPosition] = []
    private let paths: [String]

    private struct PackedPosition {
        var path: Int32
        var line: Int32
        var column: Int32
    }

    /// `paths[i]` is the template file numbered `i` in the markers; text before the first marker
    /// is placed in `main`, the template that was expanded.
    init(rendered: String, paths: [String], main: String) {
        // `main` is looked for among the paths; if absent it is added after them.
        self.paths = paths.contains(main) ? paths : paths + [main]
        var current = PackedPosition(path: Int32(self.paths.firstIndex(of: main)!), line: 1, column: 1)
        var advancing = true
        // Inside a marker `file,line,column`: its numbers as read so far, digit by digit (the
        // markers are the preprocessor's, made of digits and commas only).
        var inMarker = false
        var numbers = (0, 0, 0), field = 0
        var markerIsAdvancing = true
        // Each scalar counts as a column (text is precomposed; a combining accent would count as one).
        let newline = Marker.newline.unicodeScalars.first!, advancingMark = Marker.advancing.unicodeScalars.first!
        let fixedMark = Marker.fixed.unicodeScalars.first!, endMark = Marker.end.unicodeScalars.first!
        characters.reserveCapacity(rendered.utf8.count)
        positions.reserveCapacity(rendered.utf8.count)
        for var scalar in rendered.unicodeScalars {
            if scalar == newline { scalar = "\n" }
            if scalar == advancingMark || scalar == fixedMark {
                inMarker = true
                numbers = (0, 0, 0)
                field = 0
                markerIsAdvancing = scalar == advancingMark
                continue
            }
            if inMarker {
                if scalar == endMark {
                    if field == 2, paths.indices.contains(numbers.0) {
                        current = PackedPosition(path: Int32(numbers.0), line: Int32(numbers.1), column: Int32(numbers.2))
                        advancing = markerIsAdvancing
                    }
                    inMarker = false
                } else if scalar == ",", field < 2 {
                    field += 1
                } else if ("0"..."9").contains(scalar), field < 3 {
                    let digit = Int(scalar.value) - 48
                    switch field {
                    case 0: numbers.0 = numbers.0 * 10 + digit
                    case 1: numbers.1 = numbers.1 * 10 + digit
                    default: numbers.2 = numbers.2 * 10 + digit
                    }
                } else {
                    field = 3  // not a marker's text: the marker is ignored at its end
                }
                continue
            }
            characters.append(scalar)
            positions.append(current)
            guard advancing else { continue }
            if scalar == "\n" {
                current.line += 1
                current.column = 1
            } else {
                current.column += 1
            }
        }
        positions.append(current)
    }

    /// Text that all comes from one place (a theme's YAML value).
    init(constant text: String, at position: SourcePosition) {
        characters = Array(text.unicodeScalars)
        paths = [position.path]
        positions = Array(repeating: PackedPosition(path: 0, line: Int32(position.line), column: Int32(position.column)),
                          count: characters.count + 1)
    }

    var text: String { String(scalars: characters) }

    func position(_ index: Int) -> SourcePosition {
        let packed = positions[min(max(index, 0), positions.count - 1)]
        return SourcePosition(path: paths[Int(packed.path)], line: Int(packed.line), column: Int(packed.column))
    }
}
