/// A parsed XML element; positions are indices into the expanded text.
struct XMLElement: Sendable {
    struct Attribute {
        var name: String
        var value: String
        var position: Int
    }
    var name: String
    var attributes: [Attribute]
    var children: [XMLNode]
    var position: Int

    func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
}

enum XMLNode: Sendable {
    case element(XMLElement)
    case text(String, position: Int)
}

/// A small XML reader for the template vocabulary: elements, attributes, text, character
/// references, comments and CDATA. It keeps the index of every element and attribute so that
/// errors point into the template. No DTD, no namespaces.
struct XMLReader {
    private let characters: [Unicode.Scalar]
    private let positionOf: (Int) -> SourcePosition
    private var index = 0

    init(_ text: ExpandedText) {
        characters = text.characters
        positionOf = text.position
    }

    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "nnbsp": "\u{202F}",
    ]

    /// The single root element.
    mutating func readDocument() throws -> XMLElement {
        var root: XMLElement?
        while index < characters.count {
            if characters[index].properties.isWhitespace { index += 1; continue }
            if lookingAt("<?") { try skip(past: "?>"); continue }
            if lookingAt("<!--") { try skip(past: "-->"); continue }
            guard characters[index] == "<", root == nil else {
                throw positionOf(index).error(root == nil ? "l'élément racine <document> est attendu" : "du texte après l'élément racine")
            }
            root = try readElement()
        }
        guard let root else { throw positionOf(0).error("modèle vide : un élément <document> est attendu") }
        return root
    }

    private func lookingAt(_ literal: String) -> Bool {
        var i = index
        for character in literal.unicodeScalars {
            guard i < characters.count, characters[i] == character else { return false }
            i += 1
        }
        return true
    }

    private mutating func skip(past literal: String) throws {
        let start = index
        while index < characters.count, !lookingAt(literal) { index += 1 }
        guard index < characters.count else { throw positionOf(start).error("« \(literal) » manque : la section n'est jamais fermée") }
        index += literal.unicodeScalars.count
    }

    private mutating func readName() -> String {
        var name = ""
        while index < characters.count {
            let c = characters[index]
            guard c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == "_" || c == ":" || c == "." else { break }
            name.unicodeScalars.append(c)
            index += 1
        }
        return name
    }

    private mutating func skipWhitespace() {
        while index < characters.count, characters[index].properties.isWhitespace { index += 1 }
    }

    private mutating func readElement() throws -> XMLElement {
        let start = index
        index += 1 // <
        let name = readName()
        guard !name.isEmpty else { throw positionOf(start).error("« < » doit ouvrir un élément", hint: "écrire « &lt; » pour le caractère « < »") }
        var element = XMLElement(name: name, attributes: [], children: [], position: start)
        while true {
            skipWhitespace()
            guard index < characters.count else { throw positionOf(start).error("élément <\(name)> jamais fermé") }
            if lookingAt("/>") { index += 2; return element }
            if characters[index] == ">" { index += 1; break }
            let attributeStart = index
            let attributeName = readName()
            guard !attributeName.isEmpty else {
                throw positionOf(index).error("« \(characters[index]) » inattendu dans <\(name)>")
            }
            skipWhitespace()
            guard index < characters.count, characters[index] == "=" else {
                throw positionOf(attributeStart).error("l'attribut « \(attributeName) » de <\(name)> demande une valeur : \(attributeName)=\"…\"")
            }
            index += 1
            skipWhitespace()
            guard index < characters.count, characters[index] == "\"" || characters[index] == "'" else {
                throw positionOf(attributeStart).error("la valeur de l'attribut « \(attributeName) » doit être entre guillemets")
            }
            let quote = characters[index]
            index += 1
            var value = ""
            while index < characters.count, characters[index] != quote {
                if characters[index] == "&" { value.unicodeScalars.append(try readReference()) } else { value.unicodeScalars.append(characters[index]); index += 1 }
            }
            guard index < characters.count else { throw positionOf(attributeStart).error("valeur de l'attribut « \(attributeName) » jamais terminée") }
            index += 1
            if element.attribute(attributeName) != nil {
                throw positionOf(attributeStart).error("attribut « \(attributeName) » donné deux fois sur <\(name)>")
            }
            element.attributes.append(.init(name: attributeName, value: value, position: attributeStart))
        }
        element.children = try readContent(of: element)
        return element
    }

    /// Children up to the matching end tag.
    private mutating func readContent(of element: XMLElement) throws -> [XMLNode] {
        var children: [XMLNode] = []
        // Gathered as UTF-8: appending to a String checks grapheme boundaries each time.
        var text: [UInt8] = [], textStart = index
        func flush() {
            if !text.isEmpty { children.append(.text(String(decoding: text, as: UTF8.self), position: textStart)) }
            text.removeAll(keepingCapacity: true)
        }
        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { text.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { text.append($0) } }
        }
        while index < characters.count {
            // Text is most of a document: only a `<` can start anything else.
            guard characters[index] == "<" else {
                if text.isEmpty { textStart = index }
                if characters[index] == "&" { append(try readReference()) } else { append(characters[index]); index += 1 }
                continue
            }
            if lookingAt("</") {
                flush()
                let closeStart = index
                index += 2
                let name = readName()
                skipWhitespace()
                guard name == element.name, index < characters.count, characters[index] == ">" else {
                    // The opening tag is where the mistake usually is; the stray end tag is named too.
                    throw positionOf(element.position).error("élément <\(element.name)> jamais fermé (</\(name)> trouvé ligne \(positionOf(closeStart).line))")
                }
                index += 1
                return children
            }
            if lookingAt("<!--") { flush(); try skip(past: "-->"); textStart = index; continue }
            if lookingAt("<![CDATA[") {
                if text.isEmpty { textStart = index }
                index += 9
                while index < characters.count, !lookingAt("]]>") { append(characters[index]); index += 1 }
                index += 3
                continue
            }
            if characters[index] == "<" {
                flush()
                children.append(.element(try readElement()))
                textStart = index
                continue
            }
            if text.isEmpty { textStart = index }
            if characters[index] == "&" { append(try readReference()) } else { append(characters[index]); index += 1 }
        }
        throw positionOf(element.position).error("élément <\(element.name)> jamais fermé")
    }

    private mutating func readReference() throws -> Unicode.Scalar {
        let start = index
        index += 1
        var name = ""
        while index < characters.count, characters[index] != ";", name.unicodeScalars.count < 12 {
            name.unicodeScalars.append(characters[index])
            index += 1
        }
        guard index < characters.count, characters[index] == ";" else {
            throw positionOf(start).error("« & » doit commencer une référence comme « &nbsp; »", hint: "écrire « &amp; » pour le caractère « & »")
        }
        index += 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return scalar }
        } else if let character = Self.entities[name] {
            return character
        }
        let near = name.hasPrefix("#") ? nil : NearestName.nearest(to: name, in: Self.entities.keys.sorted())
        throw positionOf(start).error("référence de caractère inconnue « &\(name); »", hint: near.map { "vouliez-vous dire « &\($0); » ?" })
    }
}
