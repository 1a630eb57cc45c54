internal import CDeferredLibraries
import Crypto
import Glibc

/// An existing PDF opened with qpdf, to change objects and write it again (the finishing steps after
/// rendering). Owns its `qpdf_data`; an `Object` is qpdf's handle number, valid only with the editor
/// that gave it. qpdf reads an object only when it is asked for: `write` copies the objects nothing
/// changed byte for byte, so that a file is not parsed whole (qpdf takes some 50,000 instructions for
/// the smallest dictionary, half a million for a font's widths).
public final class PDFEditor {
    /// qpdf's functions (DeferredLibraries).
    private let api: ldm_qpdf_functions
    private var qpdf: qpdf_data?
    /// The bytes qpdf reads from: qpdf keeps a pointer to them until cleanup.
    private let input: [UInt8]
    /// The file's objects that a change reached, by number: `write` writes them again.
    private var changed: Set<Int32> = []
    /// The file's objects that `write` leaves out.
    private var deleted: Set<Int32> = []
    /// The data of the streams made or given new data here, as written (filtered), by object number.
    private var streams: [Int32: [UInt8]] = [:]
    /// The first number of the objects made here (the file's /Size), and the next one.
    private var firstCreated: Int32 = 0
    private var nextCreated: Int32 = 0
    private var table: CrossReferenceTable?
    /// The bytes of each of the file's objects, by number (for `fileValue`).
    private var ranges: [Int: Range<Int>]?

    /// `owner`: the number of the indirect object this one is written in, itself when it is indirect;
    /// 0 for an object made here and not yet placed, and for the trailer (`write` writes its own).
    public struct Object: Hashable, Sendable {
        fileprivate let handle: qpdf_oh
        fileprivate let owner: Int32
    }

    public init(pdf: [UInt8]) throws {
        api = try DeferredLibraries.qpdf()
        input = pdf
        qpdf = api.qpdf_init()
        api.qpdf_silence_errors(qpdf)
        api.qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        let status = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                api.qpdf_read_memory(qpdf, "document", $0, UInt64(buffer.count), nil)
            }
        }
        try check(status, "lecture du PDF rendu")
        firstCreated = Int32(api.qpdf_oh_get_int_value(qpdf, api.qpdf_oh_get_key(qpdf, api.qpdf_get_trailer(qpdf), "/Size")))
        nextCreated = firstCreated
    }

    deinit { api.qpdf_cleanup(&qpdf) }

    public var trailer: Object { Object(handle: api.qpdf_get_trailer(qpdf), owner: 0) }
    public var root: Object { indirect(api.qpdf_get_root(qpdf)) }

    /// Every indirect object of the file, in object number order (qpdf reads them all).
    public var objects: [Object] {
        let size = integer(value(trailer, "Size")) ?? 0
        return (1..<max(size, 1)).map { object(Int32($0)) }
    }

    /// The file's objects whose bytes mention the name `/name`, in file order: a few of them for qpdf
    /// to read, among which every object holding that key or value (as cairo writes names, without
    /// `#` escapes).
    public func objects(mentioning name: String) throws -> [Object] {
        let needle = Array("/\(name)".utf8)
        return try crossReferences().objects.filter { contains(input[$0.bytes], needle) }.map { object($0.number) }
    }

    /// Object `number` as the file writes it, read without qpdf: for walks through thousands of small
    /// objects (a structure tree), which qpdf would parse at great cost. The file as read, without the
    /// changes made here; nil for a number not in the file.
    public func fileValue(_ number: Int) throws -> PDFValue? {
        if ranges == nil {
            ranges = Dictionary(uniqueKeysWithValues: try crossReferences().objects.map { (Int($0.number), $0.bytes) })
        }
        return try ranges![number].map { try PDFValue.indirect(input[$0]) }
    }

    /// The file's object `number`, for qpdf to read and change.
    public func object(number: Int) -> Object { object(Int32(number)) }

    public var pages: [Object] {
        (0..<Int(api.qpdf_get_num_pages(qpdf))).map { indirect(api.qpdf_get_page_n(qpdf, $0)) }
    }

    // MARK: reading

    public func isDictionary(_ object: Object, type: String, subtype: String? = nil) -> Bool {
        api.qpdf_oh_is_dictionary_of_type(qpdf, object.handle, "/" + type, subtype.map { "/" + $0 } ?? "") != 0
    }

    public func isStream(_ object: Object) -> Bool { api.qpdf_oh_is_stream(qpdf, object.handle) != 0 }

    /// The value of `key` in a dictionary (or a stream's dictionary), nil when absent.
    public func value(_ object: Object, _ key: String) -> Object? {
        let dictionary = self.dictionary(object)
        guard api.qpdf_oh_has_key(qpdf, dictionary, "/" + key) != 0 else { return nil }
        return held(api.qpdf_oh_get_key(qpdf, dictionary, "/" + key), by: object)
    }

    public func integer(_ object: Object?) -> Int? {
        guard let object, api.qpdf_oh_is_integer(qpdf, object.handle) != 0 else { return nil }
        return Int(api.qpdf_oh_get_int_value(qpdf, object.handle))
    }

    public func name(_ object: Object?) -> String? {
        guard let object, api.qpdf_oh_is_name(qpdf, object.handle) != 0 else { return nil }
        return String(cString: api.qpdf_oh_get_name(qpdf, object.handle)!).dropFirst().description
    }

    /// A text string, decoded from PDFDocEncoding or UTF-16 as the file holds it.
    public func text(_ object: Object?) -> String? {
        guard let object, api.qpdf_oh_is_string(qpdf, object.handle) != 0 else { return nil }
        var length = 0
        guard let bytes = api.qpdf_oh_get_binary_utf8_value(qpdf, object.handle, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// A string's bytes as the file holds them (a signature's `/Contents`).
    public func bytes(_ object: Object?) -> [UInt8]? {
        guard let object, api.qpdf_oh_is_string(qpdf, object.handle) != 0 else { return nil }
        var length = 0
        guard let bytes = api.qpdf_oh_get_binary_string_value(qpdf, object.handle, &length) else { return nil }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// An array's items (an empty list for anything else).
    public func items(_ object: Object?) -> [Object] {
        guard let object else { return [] }
        return (0..<count(object)).map { held(api.qpdf_oh_get_array_item(qpdf, object.handle, Int32($0)), by: object) }
    }

    /// An array's number of items (0 for anything else), without a handle for each item.
    public func count(_ object: Object?) -> Int {
        guard let object, api.qpdf_oh_is_array(qpdf, object.handle) != 0 else { return 0 }
        return Int(api.qpdf_oh_get_array_n_items(qpdf, object.handle))
    }

    /// A dictionary's keys, without their `/`.
    public func keys(_ object: Object) -> [String] {
        var keys: [String] = []
        api.qpdf_oh_begin_dict_key_iter(qpdf, dictionary(object))
        while api.qpdf_oh_dict_more_keys(qpdf) != 0 { keys.append(String(String(cString: api.qpdf_oh_dict_next_key(qpdf)!).dropFirst())) }
        return keys
    }

    /// An indirect object's number (0 for a direct object).
    public func number(_ object: Object) -> Int { Int(api.qpdf_oh_get_object_id(qpdf, object.handle)) }

    /// An object in PDF syntax, indirect ones as references (`12 0 R`): for an incremental update
    /// written after the finished file.
    public func syntax(_ object: Object) -> String { String(cString: api.qpdf_oh_unparse(qpdf, object.handle)!) }

    /// A stream's data with its general-purpose filters (Flate) decoded, or as the file holds it.
    public func streamData(_ object: Object, decoded: Bool = true) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        try check(api.qpdf_oh_get_stream_data(qpdf, object.handle, decoded ? qpdf_dl_generalized : qpdf_dl_none, nil, &buffer, &length),
                  "lecture d'un flux du PDF")
        defer { free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    // MARK: changing

    /// An object written in PDF syntax (`<< /Type /OutputIntent … >>`, `/Identity`, `4`).
    public func parse(_ syntax: String) -> Object { Object(handle: api.qpdf_oh_parse(qpdf, syntax), owner: 0) }

    public func string(_ text: String) -> Object { Object(handle: api.qpdf_oh_new_unicode_string(qpdf, text), owner: 0) }

    public func array(_ items: [Object]) -> Object {
        let array = api.qpdf_oh_new_array(qpdf)
        for item in items { api.qpdf_oh_append_item(qpdf, array, item.handle) }
        return Object(handle: array, owner: 0)
    }

    public func set(_ object: Object, _ key: String, _ value: Object) {
        api.qpdf_oh_replace_key(qpdf, dictionary(object), "/" + key, value.handle)
        changed.insert(object.owner)
    }

    public func remove(_ object: Object, _ key: String) {
        api.qpdf_oh_remove_key(qpdf, dictionary(object), "/" + key)
        changed.insert(object.owner)
    }

    /// Replaces an array's item in place (the array keeps its identity, and its indirect references).
    public func setItem(_ array: Object, _ index: Int, _ value: Object) {
        api.qpdf_oh_set_array_item(qpdf, array.handle, Int32(index), value.handle)
        changed.insert(array.owner)
    }

    /// Leaves an indirect object out of the written file: nothing may refer to it any more.
    public func delete(_ object: Object) { deleted.insert(object.owner) }

    public var null: Object { Object(handle: api.qpdf_oh_new_null(qpdf), owner: 0) }

    /// Gives a stream new data, compressed here (Flate).
    public func replaceStreamData(_ stream: Object, _ data: [UInt8]) {
        set(stream, "Filter", parse("/FlateDecode"))
        remove(stream, "DecodeParms")
        streams[stream.owner] = Flate.compress(data)
    }

    /// A new indirect stream holding `data` as given: its dictionary, in PDF syntax, names its filter.
    /// qpdf holds the dictionary as a plain one; `write` writes the data after it.
    public func newStream(_ data: [UInt8], dictionary: String) -> Object {
        let stream = makeIndirect(parse(dictionary))
        streams[stream.owner] = data
        return stream
    }

    /// A new object made indirect, numbered after the file's own (qpdf's own numbering would read
    /// every object of the file first).
    public func makeIndirect(_ object: Object) -> Object {
        let number = nextCreated
        nextCreated += 1
        api.qpdf_replace_object(qpdf, number, 0, object.handle)
        return self.object(number)
    }

    /// The file written again as the given header version: the objects nothing changed copied as they
    /// are, the others and the new ones written by qpdf (a stream's dictionary, then its data), one
    /// cross-reference table, and a trailer whose /ID is the MD5 digest of the file read (the same
    /// input gives the same bytes; MD5, as the PDF standard suggests for an identifier, takes less than
    /// half of SHA-256's time, 3 % of a certificate's). Cairo writes no object streams and ends each
    /// stream's data with an end of line, as PDF/A-1 wants.
    public func write(version: String) throws -> [UInt8] {
        guard value(trailer, "Prev") == nil, let root = value(trailer, "Root") else {
            throw NativeError("PDF rendu : une seule révision attendue, avec un catalogue")
        }
        let table = try crossReferences()
        let header = input[..<table.firstObject].drop { $0 != 0x0A }  // the binary comment after `%PDF-1.n`
        var output = Array("%PDF-\(version)".utf8) + header
        var offsets: [Int: Int] = [:]
        for (number, bytes) in table.objects where !deleted.contains(number) {
            offsets[Int(number)] = output.count
            if changed.contains(number) { try write(number, to: &output) } else { output += input[bytes] }
        }
        for number in firstCreated..<nextCreated {
            offsets[Int(number)] = output.count
            try write(number, to: &output)
        }
        let crossReference = output.count
        output += CrossReferenceTable.section(offsets, size: Int(nextCreated))
        let id = "<" + Insecure.MD5.hash(data: input).map { String($0, radix: 16).zeroPadded(to: 2) }.joined() + ">"
        var trailer = "/Size \(nextCreated) /Root \(syntax(root))"
        if let info = value(self.trailer, "Info") { trailer += " /Info \(syntax(info))" }
        output += Array("trailer\n<< \(trailer) /ID [\(id) \(id)] >>\nstartxref\n\(crossReference)\n%%EOF\n".utf8)
        return output
    }

    /// Object `number` as qpdf holds it now; a stream with its data, given here or the file's.
    private func write(_ number: Int32, to output: inout [UInt8]) throws {
        let object = api.qpdf_get_object_by_id(qpdf, number, 0)
        output += Array("\(number) 0 obj\n".utf8)
        let isStream = api.qpdf_oh_is_stream(qpdf, object) != 0
        if let data = try streams[number] ?? (isStream ? streamData(self.object(number), decoded: false) : nil) {
            let dictionary = isStream ? api.qpdf_oh_get_dict(qpdf, object) : object
            api.qpdf_oh_replace_key(qpdf, dictionary, "/Length", api.qpdf_oh_new_integer(qpdf, Int64(data.count)))
            output += unparsed(dictionary) + Array("\nstream\n".utf8)
            output += data + Array("\nendstream".utf8)
        } else {
            output += unparsed(object)
        }
        output += Array("\nendobj\n".utf8)
        try check(QPDF_SUCCESS, "écriture de l'objet \(number) du PDF")
    }

    /// An object in PDF syntax, indirect values as references; its strings' bytes as they are (PDFDocEncoding).
    private func unparsed(_ handle: qpdf_oh) -> [UInt8] {
        let text = api.qpdf_oh_unparse_resolved(qpdf, handle)!
        return Array(UnsafeRawBufferPointer(start: text, count: strlen(text)))
    }

    /// A dictionary itself, or a stream's dictionary.
    private func dictionary(_ object: Object) -> qpdf_oh {
        api.qpdf_oh_is_stream(qpdf, object.handle) != 0 ? api.qpdf_oh_get_dict(qpdf, object.handle) : object.handle
    }

    private func crossReferences() throws -> CrossReferenceTable {
        if table == nil { table = try CrossReferenceTable(input) }
        return table!
    }

    private func object(_ number: Int32) -> Object { Object(handle: api.qpdf_get_object_by_id(qpdf, number, 0), owner: number) }

    private func indirect(_ handle: qpdf_oh) -> Object { Object(handle: handle, owner: api.qpdf_oh_get_object_id(qpdf, handle)) }

    /// A value read from `container`: written in its own object when indirect, else in the container's.
    private func held(_ handle: qpdf_oh, by container: Object) -> Object {
        let number = api.qpdf_oh_get_object_id(qpdf, handle)
        return Object(handle: handle, owner: number != 0 ? number : container.owner)
    }

    /// Whether `needle` occurs in `bytes` (memchr for its first byte, then memcmp).
    private func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { (haystack: UnsafeRawBufferPointer) -> Bool in
            guard let base = haystack.baseAddress else { return false }
            var start = 0
            while haystack.count - start >= needle.count {
                guard let found = memchr(base + start, Int32(needle[0]), haystack.count - start - needle.count + 1) else { return false }
                if memcmp(found, needle, needle.count) == 0 { return true }
                start = UnsafeRawPointer(found) - base + 1
            }
            return false
        }
    }

    private func check(_ status: QPDF_ERROR_CODE, _ what: String) throws {
        guard status & QPDF_ERRORS != 0 || api.qpdf_has_error(qpdf) != 0 else { return }
        let error = api.qpdf_get_error(qpdf)
        let detail = error.map { String(cString: api.qpdf_get_error_full_text(qpdf, $0)!) } ?? "erreur inconnue"
        throw NativeError("qpdf, \(what) : \(detail)")
    }
}

extension String {
    func zeroPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
