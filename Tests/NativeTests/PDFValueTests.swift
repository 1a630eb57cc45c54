@testable import Native
import Testing

/// Objects read from their bytes without qpdf, as a structure tree's walk reads them.
@Suite struct PDFValueTests {
    func read(_ text: String) throws -> PDFValue { try PDFValue.indirect(ArraySlice(Array(text.utf8))) }

    @Test("a structure element: names, integers, references, arrays and a dictionary inside")
    func structureElement() throws {
        let value = try read("""
        12 0 obj
        << /Type /StructElem
           /S /TD
           /P 3 0 R
           /K [ 4 5 0 R << /Type /MCR /Pg 7 0 R /MCID 2 >> ]
        >>
        endobj

        """)
        #expect(value == .dictionary([
            "Type": .name("StructElem"), "S": .name("TD"), "P": .reference(3),
            "K": .array([.integer(4), .reference(5), .dictionary(["Type": .name("MCR"), "Pg": .reference(7), "MCID": .integer(2)])]),
        ]))
    }

    @Test("strings, reals, booleans and null are read past, whatever their parentheses and escapes")
    func otherValues() throws {
        let value = try read("1 0 obj <</Alt (a (b) \\) c) /T <FEFF00E9> /W 0.5 /B true /N null /K 1>> endobj")
        #expect(value == .dictionary(["Alt": .other, "T": .other, "W": .other, "B": .other, "N": .other, "K": .integer(1)]))
    }

    @Test("bytes that are not an object are refused", arguments: ["1 0 obj << /K [ 1 2 >> endobj", "1 0 obj << /K ) >> endobj", "<< /K 1 >>"])
    func unreadable(text: String) {
        #expect(throws: (any Error).self) { try read(text) }
    }
}
