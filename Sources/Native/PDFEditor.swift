import CQPDF
import Glibc

/// An existing PDF opened with qpdf, to change objects and write it again (the finishing steps after
/// rendering). Owns its `qpdf_data`; an `Object` is qpdf's handle number, valid only with the editor
/// that gave it.
public final class PDFEditor {
    private var qpdf: qpdf_data?
    /// The bytes qpdf reads from: qpdf keeps a pointer to them until cleanup.
    private let input: [UInt8]

    public struct Object: Hashable, Sendable {
        fileprivate let handle: qpdf_oh
    }

    public init(pdf: [UInt8]) throws {
        input = pdf
        qpdf = qpdf_init()
        qpdf_silence_errors(qpdf)
        qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        let status = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                qpdf_read_memory(qpdf, "document", $0, UInt64(buffer.count), nil)
            }
        }
        try check(status, "lecture du PDF rendu")
    }

    deinit { qpdf_cleanup(&qpdf) }

    public var trailer: Object { Object(handle: qpdf_get_trailer(qpdf)) }
    public var root: Object { Object(handle: qpdf_get_root(qpdf)) }

    /// Every indirect object of the file, in object number order.
    public var objects: [Object] {
        let size = integer(value(trailer, "Size")) ?? 0
        return (1..<max(size, 1)).map { Object(handle: qpdf_get_object_by_id(qpdf, Int32($0), 0)) }
    }

    public var pages: [Object] {
        (0..<Int(qpdf_get_num_pages(qpdf))).map { Object(handle: qpdf_get_page_n(qpdf, $0)) }
    }

    // MARK: reading

    public func isDictionary(_ object: Object, type: String, subtype: String? = nil) -> Bool {
        qpdf_oh_is_dictionary_of_type(qpdf, object.handle, "/" + type, subtype.map { "/" + $0 } ?? "") != 0
    }

    public func isStream(_ object: Object) -> Bool { qpdf_oh_is_stream(qpdf, object.handle) != 0 }

    /// The value of `key` in a dictionary (or a stream's dictionary), nil when absent.
    public func value(_ object: Object, _ key: String) -> Object? {
        let dictionary = self.dictionary(object)
        guard qpdf_oh_has_key(qpdf, dictionary, "/" + key) != 0 else { return nil }
        return Object(handle: qpdf_oh_get_key(qpdf, dictionary, "/" + key))
    }

    public func integer(_ object: Object?) -> Int? {
        guard let object, qpdf_oh_is_integer(qpdf, object.handle) != 0 else { return nil }
        return Int(qpdf_oh_get_int_value(qpdf, object.handle))
    }

    public func name(_ object: Object?) -> String? {
        guard let object, qpdf_oh_is_name(qpdf, object.handle) != 0 else { return nil }
        return String(cString: qpdf_oh_get_name(qpdf, object.handle)).dropFirst().description
    }

    /// A text string, decoded from PDFDocEncoding or UTF-16 as the file holds it.
    public func text(_ object: Object?) -> String? {
        guard let object, qpdf_oh_is_string(qpdf, object.handle) != 0 else { return nil }
        var length = 0
        guard let bytes = qpdf_oh_get_binary_utf8_value(qpdf, object.handle, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// A string's bytes as the file holds them (a signature's `/Contents`).
    public func bytes(_ object: Object?) -> [UInt8]? {
        guard let object, qpdf_oh_is_string(qpdf, object.handle) != 0 else { return nil }
        var length = 0
        guard let bytes = qpdf_oh_get_binary_string_value(qpdf, object.handle, &length) else { return nil }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// An array's items (an empty list for anything else).
    public func items(_ object: Object?) -> [Object] {
        guard let object, qpdf_oh_is_array(qpdf, object.handle) != 0 else { return [] }
        return (0..<qpdf_oh_get_array_n_items(qpdf, object.handle)).map { Object(handle: qpdf_oh_get_array_item(qpdf, object.handle, $0)) }
    }

    /// A dictionary's keys, without their `/`.
    public func keys(_ object: Object) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(qpdf, dictionary(object))
        while qpdf_oh_dict_more_keys(qpdf) != 0 { keys.append(String(String(cString: qpdf_oh_dict_next_key(qpdf)).dropFirst())) }
        return keys
    }

    /// An indirect object's number (0 for a direct object).
    public func number(_ object: Object) -> Int { Int(qpdf_oh_get_object_id(qpdf, object.handle)) }

    /// An object in PDF syntax, indirect ones as references (`12 0 R`): for an incremental update
    /// written after qpdf's output.
    public func syntax(_ object: Object) -> String { String(cString: qpdf_oh_unparse(qpdf, object.handle)) }

    /// A stream's data with its general-purpose filters (Flate) decoded.
    public func streamData(_ object: Object) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        try check(qpdf_oh_get_stream_data(qpdf, object.handle, qpdf_dl_generalized, nil, &buffer, &length),
                  "lecture d'un flux du PDF")
        defer { free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    // MARK: changing

    /// An object written in PDF syntax (`<< /Type /OutputIntent … >>`, `/Identity`, `4`).
    public func parse(_ syntax: String) -> Object { Object(handle: qpdf_oh_parse(qpdf, syntax)) }

    public func string(_ text: String) -> Object { Object(handle: qpdf_oh_new_unicode_string(qpdf, text)) }

    public func array(_ items: [Object]) -> Object {
        let array = qpdf_oh_new_array(qpdf)
        for item in items { qpdf_oh_append_item(qpdf, array, item.handle) }
        return Object(handle: array)
    }

    public func set(_ object: Object, _ key: String, _ value: Object) {
        qpdf_oh_replace_key(qpdf, dictionary(object), "/" + key, value.handle)
    }

    public func remove(_ object: Object, _ key: String) { qpdf_oh_remove_key(qpdf, dictionary(object), "/" + key) }

    /// Replaces an array's item in place (the array keeps its identity, and its indirect references).
    public func setItem(_ array: Object, _ index: Int, _ value: Object) {
        qpdf_oh_set_array_item(qpdf, array.handle, Int32(index), value.handle)
    }

    public var null: Object { Object(handle: qpdf_oh_new_null(qpdf)) }

    /// Gives a stream new data, unfiltered: writing compresses it.
    public func replaceStreamData(_ stream: Object, _ data: [UInt8]) {
        data.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(qpdf, stream.handle, $0.baseAddress, $0.count, qpdf_oh_new_null(qpdf), qpdf_oh_new_null(qpdf))
        }
    }

    /// A dictionary itself, or a stream's dictionary.
    private func dictionary(_ object: Object) -> qpdf_oh {
        qpdf_oh_is_stream(qpdf, object.handle) != 0 ? qpdf_oh_get_dict(qpdf, object.handle) : object.handle
    }

    /// A new indirect stream holding `data` unfiltered, its dictionary given in PDF syntax.
    public func newStream(_ data: [UInt8], dictionary: String) -> Object {
        let stream = qpdf_make_indirect_object(qpdf, qpdf_oh_new_stream(qpdf))
        data.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(qpdf, stream, $0.baseAddress, $0.count, qpdf_oh_new_null(qpdf), qpdf_oh_new_null(qpdf))
        }
        let extra = qpdf_oh_parse(qpdf, dictionary)
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(qpdf, extra)
        while qpdf_oh_dict_more_keys(qpdf) != 0 { keys.append(String(cString: qpdf_oh_dict_next_key(qpdf))) }
        let streamDictionary = qpdf_oh_get_dict(qpdf, stream)
        for key in keys { qpdf_oh_replace_key(qpdf, streamDictionary, key, qpdf_oh_get_key(qpdf, extra, key)) }
        return Object(handle: stream)
    }

    public func makeIndirect(_ object: Object) -> Object { Object(handle: qpdf_make_indirect_object(qpdf, object.handle)) }

    /// The file written again: compressed streams left as they are (cairo compressed its own), the
    /// others compressed but for the XMP metadata, which qpdf keeps readable; the given header
    /// version, no object streams, an end of line before every `endstream`, and a trailer /ID
    /// computed from the content (the same input gives the same bytes).
    public func write(version: String) throws -> [UInt8] {
        try check(qpdf_init_write_memory(qpdf), "écriture du PDF")
        qpdf_set_object_stream_mode(qpdf, qpdf_o_disable)
        qpdf_set_decode_level(qpdf, qpdf_dl_none)
        qpdf_set_compress_streams(qpdf, QPDF_TRUE)
        qpdf_set_newline_before_endstream(qpdf, QPDF_TRUE)
        qpdf_set_deterministic_ID(qpdf, QPDF_TRUE)
        qpdf_set_suppress_original_object_IDs(qpdf, QPDF_TRUE)
        qpdf_force_pdf_version(qpdf, version)
        try check(qpdf_write(qpdf), "écriture du PDF")
        return Array(UnsafeBufferPointer(start: qpdf_get_buffer(qpdf), count: qpdf_get_buffer_length(qpdf)))
    }

    private func check(_ status: QPDF_ERROR_CODE, _ what: String) throws {
        guard status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) != 0 else { return }
        let error = qpdf_get_error(qpdf)
        let detail = error.map { String(cString: qpdf_get_error_full_text(qpdf, $0)) } ?? "erreur inconnue"
        throw NativeError("qpdf, \(what) : \(detail)")
    }
}
