import Native
import Testing

/// The cross-reference sections ldm writes: a finished file's complete table and a signature's update.
@Suite struct CrossReferenceTableTests {
    @Test("a complete table lists every number from 0, the free ones chained to the next free, the last to 0")
    func completeTable() {
        let text = String(decoding: CrossReferenceTable.section([1: 15, 2: 120, 4: 3_456], size: 6), as: UTF8.self)
        #expect(text == """
        xref
        0 6
        0000000003 65535 f \n0000000015 00000 n \n0000000120 00000 n \n0000000005 00001 f \n0000003456 00000 n \n0000000000 00001 f \n
        """)
    }

    @Test("an update's section has one subsection per run of consecutive numbers")
    func updateSection() {
        let text = String(decoding: CrossReferenceTable.section([7: 900, 1: 10, 8: 1_000, 3: 30]), as: UTF8.self)
        #expect(text == """
        xref
        1 1
        0000000010 00000 n \n3 1
        0000000030 00000 n \n7 2
        0000000900 00000 n \n0000001000 00000 n \n
        """)
    }

    @Test("the last section is found after the file's last startxref")
    func lastStart() {
        let pdf = Array("%PDF-1.4\n…\nstartxref\n123\n%%EOF\n1 0 obj\nendobj\nxref\nstartxref\n4567\n%%EOF\n".utf8)
        #expect(CrossReferenceTable.lastStart(of: pdf) == 4567)
        #expect(CrossReferenceTable.lastStart(of: Array("%PDF-1.4\nno table\n".utf8)) == nil)
    }
}
