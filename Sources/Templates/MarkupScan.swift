/// Finds, in a template's text outside its tags, the elements it writes and the constant `theme` of
/// `<document>` and `src` of `<image>`, for the check without data (see `TemplateChecker`). A value
/// that a tag writes into is not constant and is left to the render; so are elements that values
/// print (Markdown's).
struct MarkupScan {
    private var inComment = false
    /// Inside `<name …` until its `>`.
    private var element: String?
    /// The attribute being named, or whose value is being read.
    private var attribute = ""
    private var attributePosition: SourcePosition?
    /// A separator came since the attribute's name: the next name character starts another.
    private var attributeEnded = true
    /// Inside a quoted value.
    private var quote: Character?
    private var value = ""
    private var constant = true

    /// Scans a run of text, appending what it finds to `uses`.
    mutating func scan(_ characters: [Character], _ range: Range<Int>, _ positions: [SourcePosition],
                       into uses: inout [TemplateUse]) {
        var index = range.lowerBound
        func lookingAt(_ literal: String) -> Bool {
            var at = index
            for character in literal {
                guard at < range.upperBound, characters[at] == character else { return false }
                at += 1
            }
            return true
        }
        while index < range.upperBound {
            let character = characters[index]
            if inComment {
                if lookingAt("-->") { inComment = false; index += 3; continue }
            } else if let open = quote {
                if character == open { finishValue(into: &uses) } else { value.append(character) }
            } else if element != nil {
                if character == ">" {
                    element = nil
                } else if character == "\"" || character == "'" {
                    quote = character
                    value = ""
                    constant = true
                } else if character.isWhitespace || character == "/" || character == "=" {
                    attributeEnded = true
                } else {
                    if attributeEnded {
                        attribute = ""
                        attributePosition = positions[index]
                        attributeEnded = false
                    }
                    attribute.append(character)
                }
            } else if lookingAt("<!--") {
                inComment = true
                index += 4
                continue
            } else if character == "<", index + 1 < range.upperBound, characters[index + 1].isLetter {
                var end = index + 1
                while end < range.upperBound, characters[end].isLetter || characters[end].isNumber || "-_.:".contains(characters[end]) {
                    end += 1
                }
                let name = String(characters[index + 1..<end])
                uses.append(.element(name, positions[index]))
                element = name
                attributeEnded = true
                index = end
                continue
            }
            index += 1
        }
    }

    /// A tag of the template came: a value it writes into is not constant.
    mutating func tag() {
        if quote != nil { constant = false }
    }

    private mutating func finishValue(into uses: inout [TemplateUse]) {
        quote = nil
        attributeEnded = true
        guard constant, !value.contains("&"), let position = attributePosition else { return }
        switch (element, attribute) {
        case ("document", "theme"): uses.append(.theme(value, position))
        case ("image", "src"): uses.append(.image(value, position))
        default: break
        }
    }
}
