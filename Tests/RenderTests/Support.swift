import DocumentTree
import Foundation
import Native
import Pages
import Render
@testable import Layout

/// Builds page items by hand: text shaped by Pango and set line under line, as layout would.
/// Each test makes its own (Pango objects belong to one task).
final class ItemBuilder {
    let shaper: TextShaper

    init() throws { shaper = TextShaper(fonts: try FontSet()) }

    /// A paragraph `width` points wide whose first line's top is at `top`, wrapped in a structure tag.
    /// Returns its items and the y below its last line.
    func paragraph(_ text: String, x: Double, top: Double, width: Double, size: Double = 11,
                   bold: Bool = false, role: StructureRole = .paragraph) -> (items: [PageItem], bottom: Double) {
        let font = FontSpec(family: "Noto Sans", size: size, bold: bold)
        let spec = ParagraphSpec(runs: [TextRun(text: text, font: font)], width: width, alignment: .justify, baseFont: font)
        let shaped = shaper.shape(spec)
        let (ascent, descent) = shaper.metrics(font)
        var items: [PageItem] = [.beginTag(role)]
        var y = top
        for (index, info) in shaped.lines.enumerated() {
            let origin = Point(x: x + info.x, y: y + ascent)
            items.append(.text(TextLine(origin: origin, width: info.width, ascent: ascent, descent: descent,
                                        text: info.text, runs: shaped.glyphs(line: index).runs.map(GlyphRun.init))))
            y += ascent + descent
        }
        items.append(.endTag(role))
        return (items, y)
    }
}

/// Where the fixtures were copied next to the test bundle.
func fixture(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw NativeError("fixture \(name) not found")
    }
    return url.path
}

/// A fresh folder for one test's files.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func write(_ bytes: [UInt8], to folder: URL, as name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

struct ToolResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs a command-line tool (poppler-utils, qpdf, zbarimg) found on PATH and collects what it prints.
func run(_ tool: String, _ arguments: [String]) throws -> ToolResult {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    // Lossy decoding: PDF dumps mix text with binary streams.
    return ToolResult(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// A one-page A4 document.
func document(_ items: [PageItem], size: PageSize = .a4, metadata: Metadata = Metadata()) -> LaidOutDocument {
    LaidOutDocument(metadata: metadata, pages: [Page(size: size, items: items)])
}

/// The renderers' fonts for one test: the project's font set (each test loads its own).
func testFonts() throws -> FontRegistry { FontRegistry(fonts: try FontSet()) }

extension PDFRenderer {
    static func render(_ document: LaidOutDocument) throws -> [UInt8] { try render(document, fonts: testFonts()) }
}

extension PNGRenderer {
    static func render(_ document: LaidOutDocument, resolution: Double) throws -> [[UInt8]] {
        try render(document, resolution: resolution, fonts: testFonts())
    }
}

extension PDFWriter {
    convenience init(metadata: Metadata, tagged: Bool) throws {
        try self.init(metadata: metadata, fonts: testFonts(), tagged: tagged)
    }
}

extension ImageID {
    init(_ image: LoadedImage) { self.init(path: image.path, data: image.data) }
}
