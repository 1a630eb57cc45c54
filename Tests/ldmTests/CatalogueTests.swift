import Foundation
import Testing

@Suite struct CatalogueTests {
    @Test("docs/catalogue.md holds what `ldm catalogue` prints from the code (run `make docs` after a change)")
    func shippedCatalogueIsUpToDate() throws {
        let run = try LDMBinary.run(["catalogue"])
        #expect(run.status == 0, "\(run.stderr)")
        let shipped = try String(contentsOf: LDMBinary.root.appendingPathComponent("docs/catalogue.md"), encoding: .utf8)
        #expect(run.stdout == shipped, "docs/catalogue.md differs from the code's declarations: run `make docs`")
    }
}
