import CYaml
import Glibc

/// A YAML (or JSON) text read event by event with libyaml, the copy Yams ships: a reader builds its
/// own tree from the events, without the node tree Yams composes first (its nodes, marks, tags and
/// strings made through Foundation took half the time of reading a dossier).
public final class YAMLEvents {
    public enum Kind: Equatable {
        case scalar(String, quoted: Bool)
        case alias
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
        case documentStart, documentEnd, streamEnd
    }

    public struct Event {
        public var kind: Kind
        /// The anchor a node defines (`&name`) or the one an alias names (`*name`).
        public var anchor: String?
        /// Where the event starts, from 1; a column counts characters.
        public var line: Int
        public var column: Int
    }

    /// libyaml's own words for a syntax error, with its positions counted from 1.
    public struct SyntaxError: Error {
        public var problem: String
        public var line: Int
        public var column: Int
        /// What libyaml was reading (« while parsing a block mapping ») and where that began.
        public var context: (text: String, line: Int, column: Int)?
        /// For an error of libyaml's reader (an invalid or control character), which gives no line:
        /// the offset in the text's UTF-8 bytes.
        public var byteOffset: Int?
        /// A quoted text read just before the error that runs over several lines: where it opens and the
        /// line where it closes. An unclosed quote swallows the lines after it until the next quote.
        public var quotedTextBefore: (line: Int, column: Int, endLine: Int)?
    }

    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// What libyaml reads from as it goes: the text's bytes, or an open file.
    private let input: UnsafeMutableBufferPointer<UInt8>?
    private let file: UnsafeMutablePointer<FILE>?
    /// The last event, when it is a quoted text over several lines (see `SyntaxError.quotedTextBefore`).
    private var multilineQuotedText: (line: Int, column: Int, endLine: Int)?

    public init(_ text: String) {
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = input.initialize(from: text.utf8)
        (self.input, file) = (input, nil)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    /// The file at `path`, read by libyaml a few kilobytes at a time: a large file is never held whole.
    /// Nil when it cannot be opened.
    public init?(contentsOf path: String) {
        guard let file = fopen(path, "rb") else { return nil }
        (input, self.file) = (nil, file)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_file(parser, file)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input?.deallocate()
        if let file { fclose(file) }
    }

    /// The next event; the stream's start is skipped.
    public func next() throws(SyntaxError) -> Event {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            func made(_ kind: Kind, anchor: UnsafeMutablePointer<yaml_char_t>? = nil) -> Event {
                Event(kind: kind, anchor: anchor.map { String(cString: $0) }, line: line, column: column)
            }
            multilineQuotedText = nil
            switch event.type {
            case YAML_STREAM_START_EVENT: continue
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                let endLine = Int(event.end_mark.line) + 1
                if quoted && endLine > line { multilineQuotedText = (line, column, endLine) }
                return made(.scalar(text, quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE && scalar.style != YAML_ANY_SCALAR_STYLE),
                            anchor: scalar.anchor)
            case YAML_ALIAS_EVENT: return made(.alias, anchor: event.data.alias.anchor)
            case YAML_SEQUENCE_START_EVENT: return made(.sequenceStart, anchor: event.data.sequence_start.anchor)
            case YAML_SEQUENCE_END_EVENT: return made(.sequenceEnd)
            case YAML_MAPPING_START_EVENT: return made(.mappingStart, anchor: event.data.mapping_start.anchor)
            case YAML_MAPPING_END_EVENT: return made(.mappingEnd)
            case YAML_DOCUMENT_START_EVENT: return made(.documentStart)
            case YAML_DOCUMENT_END_EVENT: return made(.documentEnd)
            default: return made(.streamEnd)
            }
        }
    }

    private func syntaxError() -> SyntaxError {
        let state = parser.pointee
        let context = state.context.map {
            (String(cString: $0), Int(state.context_mark.line) + 1, Int(state.context_mark.column) + 1)
        }
        return SyntaxError(problem: state.problem.map { String(cString: $0) } ?? "erreur de libyaml",
                           line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1,
                           context: context, byteOffset: state.error == YAML_READER_ERROR ? Int(state.problem_offset) : nil,
                           quotedTextBefore: multilineQuotedText)
    }
}
