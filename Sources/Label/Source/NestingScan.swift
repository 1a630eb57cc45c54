/// A cheap upper bound of the YAML text's nesting depth, computed before parsing because the YAML
/// composer recurses once per level: a file of ten million `[` would overflow the stack.
///
/// On each line the bound is the open flow brackets, plus two levels per column of indentation
/// (a block collection is indented more than its parent, or equally for a list under a key),
/// plus the list and explicit-key indicators of the line. Opening brackets count even inside quotes,
/// closing ones only outside, so a misread quote can only raise the bound. Ordinary files stay far below.
enum NestingScan {
    static let limit = 200

    /// The position where the bound first exceeds `limit`, if it does.
    static func firstTooDeep(_ text: String) -> (line: Int, column: Int)? {
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var escaped = false
        var line = 1
        var column = 0
        var indent = 0
        var atLineStart = true
        var indicators = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1; column = 0; indent = 0; atLineStart = true; indicators = 0; previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " { indent += 1; previous = scalar; continue }
                atLineStart = false
            }
            let tokenStart = switch previous {
            case " ", "\t", "[", "{", ",", ":": true
            default: column == indent + 1
            }
            if scalar == "[" || scalar == "{" {
                flowDepth += 1
            } else if let open = quote {
                if escaped {
                    escaped = false
                } else if scalar == "\\" && open == "\"" {
                    escaped = true
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "'" && previous == "'" {
                quote = "'"  // '' inside a single-quoted scalar is an escaped quote, not its end
            } else if (scalar == "\"" || scalar == "'") && tokenStart {
                quote = scalar
            } else if scalar == "]" || scalar == "}" {
                flowDepth = max(0, flowDepth - 1)
            } else if (scalar == "-" || scalar == "?") && tokenStart {
                indicators += 1
            }
            previous = scalar
            if flowDepth + 2 * (indent + 1) + indicators > limit { return (line, column) }
        }
        return nil
    }
}
