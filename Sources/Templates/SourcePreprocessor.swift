/// Rewrites a template's source for Stencil:
/// - weaves position markers into the text (one at the start of each text run and of each line);
/// - turns `{{ expression }}` into `{% _value n %}` so that values are resolved strictly and escaped;
/// - puts `{% _defined n %}` before each `{% for … in sequence %}` so that a misspelt sequence fails
///   instead of looping zero times;
/// - applies whitespace control (`{%-`, `-%}`) itself, since markers would hide the whitespace from
///   Stencil's own trimming;
/// - lets `{% extends %}` name the template's own name to reach the next search path;
/// - records the templates it includes and extends (for the cycle and confinement checks), and
///   refuses a `{% for %}`, `{% if %}` or `{% block %}` left open or closed by the wrong end tag.
struct SourcePreprocessor {
    let path: String
    let fileIndex: Int
    /// Rewrites an `{% extends "name" %}` argument (unquoted name in, name out).
    let extendsName: (String) -> String
    /// Stores an expression and returns its number.
    let register: (TemplateExpression) -> Int

    private enum Segment {
        case text(Range<Int>)
        case tag(kind: Character, range: Range<Int>)
    }

    func process(_ source: String) throws -> MarkedSource {
        let characters = Array(source.replacingOccurrences(of: "\r\n", with: "\n"))
        let positions = positionsOf(characters)
        var segments = try split(characters, positions: positions)
        applyWhitespaceControl(&segments, characters)

        var output = MarkedSource(text: "", origins: [])
        var open: [(tag: String, position: SourcePosition)] = []
        var sinceNewline = 0
        var markup = MarkupScan()
        func emit(_ text: String, at position: SourcePosition) {
            for character in text {
                output.text.append(character)
                output.origins.append(position)
                sinceNewline = character == "\n" ? 0 : sinceNewline + 1
            }
        }
        func emitSource(_ range: Range<Int>) {
            for index in range {
                output.text.append(characters[index])
                output.origins.append(positions[index])
                sinceNewline = characters[index] == "\n" ? 0 : sinceNewline + 1
            }
        }
        /// A newline of the text, mostly hidden from Stencil as `Marker.newline`: Stencil's lexer
        /// searches the whole template for each of its lines (quadratic in a long template), and
        /// measures each token's column from its line's start, so lines of about `lineLength`
        /// characters keep both searches short.
        func emitNewline(at index: Int) {
            let lineLength = 1500
            output.text.append(sinceNewline >= lineLength ? "\n" : Marker.newline)
            output.origins.append(positions[index])
            sinceNewline = sinceNewline >= lineLength ? 0 : sinceNewline + 1
        }

        for segment in segments {
            switch segment {
            case .text(let range):
                markup.scan(characters, range, positions, into: &output.uses)
                var atLineStart = true
                for index in range {
                    if atLineStart {
                        let p = positions[index]
                        emit(Marker.advancing(file: fileIndex, line: p.line, column: p.column), at: p)
                    }
                    if characters[index] == "\n" { emitNewline(at: index) } else { emitSource(index..<index + 1) }
                    atLineStart = characters[index] == "\n"
                }
            case .tag(let kind, let range):
                markup.tag()
                let start = positions[range.lowerBound]
                let inner = range.lowerBound + 2..<range.upperBound - 2
                switch kind {
                case "{":
                    let expression = trimmedExpression(characters, inner, positions)
                    guard !expression.text.isEmpty else { throw start.error("balise de valeur vide « {{ }} »") }
                    output.uses.append(.value(expression))
                    emit("{% _value \(register(expression)) %}", at: start)
                case "%":
                    let words = self.words(characters, inner, positions)
                    if let sequence = loopSequence(words) {
                        emit("{% _defined \(register(sequence)) %}", at: sequence.position)
                    }
                    if let use = TemplateUse(tag: words, sequence: loopSequence(words)) {
                        output.uses.append(use)
                    }
                    if let tag = words.first?.text, !["block", "endblock", "extends", "include"].contains(tag) {
                        output.uses.append(.words(Array(words.dropFirst())))
                    }
                    try checkNesting(words, at: start, open: &open)
                    if let tag = words.first?.text, tag == "extends" || tag == "include" {
                        let name = try referencedName(words, at: start)
                        let loaded = tag == "extends" ? extendsName(name) : name
                        output.references.append(TemplateReference(tag: tag, written: name, name: loaded, position: start))
                        output.uses.append(tag == "extends" ? .extends(loaded) : .include(loaded))
                        if tag == "extends" { emit("{% extends \"\(loaded)\" %}", at: start) } else { emitSource(range) }
                    } else {
                        emitSource(range)
                    }
                default:
                    emitSource(range)
                }
            }
        }
        if let unclosed = open.last {
            throw unclosed.position.error("« {% \(unclosed.tag) %} » n'est jamais fermé : « {% end\(unclosed.tag) %} » manque")
        }
        return output
    }

    /// The tags whose end the preprocessor checks: Stencil silently accepts an unclosed `block`.
    private static let paired: Set<String> = ["for", "if", "block"]

    private func checkNesting(_ words: [TemplateExpression], at position: SourcePosition,
                              open: inout [(tag: String, position: SourcePosition)]) throws {
        guard let first = words.first else { return }
        let tag = first.text
        // A misspelt tag (« endiff ») is named before it can be taken for a wrongly nested one.
        // The engine's own tags (`_value`) get their own message from the template cache.
        if !StencilMessages.tags.contains(tag) && !tag.hasPrefix("_") {
            throw first.position.error("balise inconnue « \(tag) »",
                                       hint: NearestName.nearest(to: tag, in: StencilMessages.tags).map { "vouliez-vous dire « \($0) » ?" })
        }
        if Self.paired.contains(tag) {
            open.append((tag, position))
        } else if tag.hasPrefix("end"), Self.paired.contains(String(tag.dropFirst(3))) {
            let opened = String(tag.dropFirst(3))
            guard let last = open.popLast() else {
                throw position.error("« {% \(tag) %} » ne ferme aucun « {% \(opened) %} »")
            }
            guard last.tag == opened else {
                throw position.error("« {% \(tag) %} » ferme « {% \(last.tag) %} » ouvert en \(last.position.line):\(last.position.column)")
            }
        }
    }

    /// The quoted name of `{% include "name" %}` or `{% extends "name" %}`: a template is named as
    /// written, never by a value of the data (so that every file a template reads is known before it runs).
    private func referencedName(_ words: [TemplateExpression], at position: SourcePosition) throws -> String {
        let tag = words[0].text
        guard words.count == 2, let quote = words[1].text.first, quote == "\"" || quote == "'",
              words[1].text.count > 2, words[1].text.last == quote else {
            throw position.error("« {% \(tag) %} » attend le nom d'un modèle entre guillemets, par exemple « {% \(tag) \"signature.xml\" %} »")
        }
        return String(words[1].text.dropFirst().dropLast())
    }

    private func positionsOf(_ characters: [Character]) -> [SourcePosition] {
        var result: [SourcePosition] = []
        result.reserveCapacity(characters.count + 1)
        var line = 1, column = 1
        for character in characters {
            result.append(SourcePosition(path: path, line: line, column: column))
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        result.append(SourcePosition(path: path, line: line, column: column))
        return result
    }

    private func split(_ characters: [Character], positions: [SourcePosition]) throws -> [Segment] {
        var segments: [Segment] = []
        var textStart = 0
        var index = 0
        let closing: [Character: Character] = ["{": "}", "%": "%", "#": "#"]
        while index + 1 < characters.count {
            guard characters[index] == "{", let close = closing[characters[index + 1]] else { index += 1; continue }
            var end = index + 2
            while end + 1 < characters.count, !(characters[end] == close && characters[end + 1] == "}") { end += 1 }
            guard end + 1 < characters.count else {
                throw positions[index].error("balise « {\(characters[index + 1]) » jamais fermée : « \(closing[characters[index + 1]]!)} » manque")
            }
            if textStart < index { segments.append(.text(textStart..<index)) }
            segments.append(.tag(kind: characters[index + 1], range: index..<end + 2))
            index = end + 2
            textStart = index
        }
        if textStart < characters.count { segments.append(.text(textStart..<characters.count)) }
        return segments
    }

    /// `{%-` trims the whitespace before the tag, `-%}` the whitespace after it (as Stencil does).
    private func applyWhitespaceControl(_ segments: inout [Segment], _ characters: [Character]) {
        for (i, segment) in segments.enumerated() {
            guard case .tag("%", let range) = segment, range.count >= 5 else { continue }
            if characters[range.lowerBound + 2] == "-", i > 0, case .text(let before) = segments[i - 1] {
                var end = before.upperBound
                while end > before.lowerBound, characters[end - 1].isWhitespace { end -= 1 }
                segments[i - 1] = .text(before.lowerBound..<end)
            }
            if characters[range.upperBound - 3] == "-", i + 1 < segments.count, case .text(let after) = segments[i + 1] {
                var start = after.lowerBound
                while start < after.upperBound, characters[start].isWhitespace { start += 1 }
                segments[i + 1] = .text(start..<after.upperBound)
            }
        }
    }

    private func trimmedExpression(_ characters: [Character], _ range: Range<Int>,
                                   _ positions: [SourcePosition]) -> TemplateExpression {
        var start = range.lowerBound, end = range.upperBound
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return TemplateExpression(text: String(characters[start..<end]), position: positions[start])
    }

    /// The tag's words with their positions; `-` and `+` whitespace flags become blanks.
    private func words(_ characters: [Character], _ range: Range<Int>,
                       _ positions: [SourcePosition]) -> [TemplateExpression] {
        var result: [TemplateExpression] = []
        var current = "", start = range.lowerBound
        var quote: Character?
        for index in range {
            let character = characters[index]
            let isFlag = (index == range.lowerBound || index == range.upperBound - 1) && (character == "-" || character == "+")
            if quote == nil, character.isWhitespace || isFlag {
                if !current.isEmpty { result.append(TemplateExpression(text: current, position: positions[start])) }
                current = ""
                continue
            }
            if current.isEmpty { start = index }
            if character == "\"" || character == "'" { quote = quote == nil ? character : (quote == character ? nil : quote) }
            current.append(character)
        }
        if !current.isEmpty { result.append(TemplateExpression(text: current, position: positions[start])) }
        return result
    }

    /// The sequence of `for x in sequence` or `for key, value in sequence`, without its filters.
    private func loopSequence(_ words: [TemplateExpression]) -> TemplateExpression? {
        var words = words
        if words.first?.text.hasSuffix(":") == true { words.removeFirst() }
        guard words.first?.text == "for", let inIndex = words.firstIndex(where: { $0.text == "in" }),
              inIndex + 1 < words.count else { return nil }
        return words[inIndex + 1]
    }
}
