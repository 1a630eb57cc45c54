/// Position markers woven into a template's text before Stencil sees it, so that the expanded XML
/// can be traced back to template lines and columns after loops, includes and inheritance.
///
/// A marker is `U+F8F0 file,line,col U+F8F1` (the text that follows starts there and advances
/// character by character) or `U+F8F2 file,line,col U+F8F1` (everything up to the next marker
/// comes from the value printed at that position); U+F8F3 stands for a newline of the template. Private-use characters and digits survive
/// every Stencil filter that changes case.
enum Marker {
    static let advancing: Character = "\u{F8F0}"
    static let fixed: Character = "\u{F8F2}"
    static let end: Character = "\u{F8F1}"
    /// A newline of the template's text (see `SourcePreprocessor`), a newline again in the output.
    static let newline: Character = "\u{F8F3}"

    static func advancing(file: Int, line: Int, column: Int) -> String {
        "\(advancing)\(file),\(line),\(column)\(end)"
    }

    static func fixed(file: Int, line: Int, column: Int) -> String {
        "\(fixed)\(file),\(line),\(column)\(end)"
    }

    static func isMarkerCharacter(_ character: Character) -> Bool {
        character == advancing || character == fixed || character == end || character == newline
    }
}

/// A template file as Stencil receives it: marked text, and for each of its characters the
/// position in the file it came from (to place Stencil's own errors).
struct MarkedSource {
    var text: String
    var origins: [SourcePosition]
    /// The templates this one includes and extends, in the order written.
    var references: [TemplateReference] = []
    /// What the template reads from the data, in the order written (for `TemplateEngine.check`).
    var uses: [TemplateUse] = []

    /// Where Stencil's (line, offset) in the marked text came from.
    func origin(line: Int, offset: Int) -> SourcePosition? {
        guard !origins.isEmpty else { return nil }
        var currentLine = 1
        var index = 0
        for character in text where currentLine < line {
            index += 1
            if character == "\n" { currentLine += 1 }
        }
        return origins[min(index + max(offset, 0), origins.count - 1)]
    }
}

/// An expression of the template that a tag evaluates: `{{ expression }}` or a loop's sequence.
struct TemplateExpression {
    var text: String
    var position: SourcePosition
}

/// `{% include "name" %}` or `{% extends "name" %}` in a template.
struct TemplateReference {
    var tag: String
    /// The name as the author wrote it.
    var written: String
    /// The name the loader is given (an extends of the file's own name reaches the next search path).
    var name: String
    var position: SourcePosition
}
