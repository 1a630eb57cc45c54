import Foundation
import Label
import Pages
import Testing
@testable import Publishing

/// Every A4 document of the national templates keeps the house margins: 2.2 cm left and right, so
/// that a campaign's files bind and print alike.
@Suite("House margins")
struct HouseMarginTests {
    static let margin = 2.2 * 72 / 2.54

    func check(_ pages: [Page], _ name: String) {
        let lines = pages.flatMap(\.items).compactMap { item -> TextLine? in if case .text(let line) = item { line } else { nil } }
        let left = lines.map(\.origin.x).min() ?? 0
        let right = lines.map { $0.origin.x + $0.width }.max() ?? 0
        #expect(abs(left - Self.margin) < 0.5, "\(name): text begins at \(left / 72 * 2.54) cm")
        #expect(right <= 595.28 - Self.margin + 0.5, "\(name): text ends at \(right / 72 * 2.54) cm")
    }

    @Test("dossier, report and decision: text between 2.2 cm margins", arguments: [DocumentKind.dossier, .rapport, .decision])
    func margins(kind: DocumentKind) throws {
        let render = try Render()
        let example = try LoadedCampaign()
        check(try render.publisher.layout(kind, dossier: try example.dossier("0060034E"), campaign: example.campaign).pages,
              kind.rawValue)
    }

    @Test("the summary keeps the house margins too")
    func summaryMargins() throws {
        let render = try Render()
        let example = try LoadedCampaign()
        check(try render.publisher.layoutSummary(campaign: example.campaign, dossiers: example.dossiers).pages, "synthese")
    }
}
