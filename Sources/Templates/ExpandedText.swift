/// Stencil's output with the markers taken out: the XML text, and for each character the
/// template position it came from.
struct ExpandedText {
    var characters: [Character] = []
    var positions: [SourcePosition] = []

    /// `paths[i]` is the template file numbered `i` in the markers; text before the first marker
    /// is placed in `main`, the template that was expanded.
    init(rendered: String, paths: [String], main: String) {
        var current = SourcePosition(path: main, line: 1, column: 1)
        var advancing = true
        var marker: String?
        var markerIsAdvancing = true
        for var character in rendered {
            if character == Marker.newline { character = "\n" }
            if character == Marker.advancing || character == Marker.fixed {
                marker = ""
                markerIsAdvancing = character == Marker.advancing
                continue
            }
            if var text = marker {
                if character == Marker.end {
                    let numbers = text.split(separator: ",").compactMap { Int($0) }
                    if numbers.count == 3, paths.indices.contains(numbers[0]) {
                        current = SourcePosition(path: paths[numbers[0]], line: numbers[1], column: numbers[2])
                        advancing = markerIsAdvancing
                    }
                    marker = nil
                } else {
                    text.append(character)
                    marker = text
                }
                continue
            }
            characters.append(character)
            positions.append(current)
            guard advancing else { continue }
            if character == "\n" {
                current.line += 1
                current.column = 1
            } else {
                current.column += 1
            }
        }
        positions.append(current)
    }

    var text: String { String(characters) }

    func position(_ index: Int) -> SourcePosition {
        positions[min(max(index, 0), positions.count - 1)]
    }
}
