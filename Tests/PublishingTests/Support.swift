import Foundation
import Label
import Native
import Pages
@testable import Publishing

/// The project's folder (holding fonts/, templates/, examples/).
let projectRoot: URL = {
    if let root = try? ProjectResources.root() { return root }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}()

let exampleFolder = projectRoot.appendingPathComponent("examples/campagne-2026")

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A campaign loaded without errors.
struct LoadedCampaign {
    var campaign: Campaign
    var dossiers: [Dossier]

    init(_ folder: URL = exampleFolder) throws {
        let load = CampaignLoader.load(folder: folder)
        let errors = load.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let campaign = load.campaign else {
            throw TestFailure("the campaign at \(folder.path) has errors:\n" + errors.map { "\($0)" }.joined(separator: "\n"))
        }
        self.campaign = campaign
        dossiers = load.dossiers
    }

    func dossier(_ uai: String) throws -> Dossier {
        guard let dossier = dossiers.first(where: { $0.etablissement.uai.code == uai }) else {
            throw TestFailure("no dossier \(uai)")
        }
        return dossier
    }
}

/// A fresh folder under the temporary directory, removed when the value goes away is not needed:
/// the system cleans /tmp; each test gets its own.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-publishing-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of the example campaign that a test may change: `edit` rewrites a file's text.
struct CampaignCopy {
    let folder: URL

    init(_ name: String) throws {
        folder = try temporaryFolder(name).appendingPathComponent("campagne")
        try FileManager.default.copyItem(at: exampleFolder, to: folder)
    }

    func edit(_ path: String, _ change: (String) throws -> String) throws {
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = try change(text)
        guard changed != text else { throw TestFailure("editing \(path) changed nothing") }
        try changed.write(to: file, atomically: true, encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
    }
}

extension String {
    /// Replaces exactly one occurrence, failing when the text is not there (the example changed).
    func replacingOnce(_ old: String, with new: String) throws -> String {
        guard let range = range(of: old) else { throw TestFailure("text not found: \(old)") }
        return replacingCharacters(in: range, with: new)
    }

    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }

    /// Text with runs of spaces (ordinary, no-break, narrow) and line ends made single spaces, to
    /// search for phrases that `pdftotext -layout` may spread over columns or lines; the typographic
    /// apostrophe that French typography sets is read as the data's « ' ».
    var flattened: String {
        var result = ""
        var lastWasSpace = false
        for scalar in unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{0C}" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else if scalar == "\u{2019}" {
                result.append("'")
                lastWasSpace = false
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result
    }
}

/// A document rendered to a PDF file, read back with poppler's tools and zbar.
struct RenderedPDF {
    let url: URL

    /// Writes the PDF under a fresh temporary folder, or under `LDM_PUBLISHING_OUT` when set (to look at it).
    init(bytes: [UInt8], name: String) throws {
        let folder: URL
        if let out = ProcessInfo.processInfo.environment["LDM_PUBLISHING_OUT"], !out.isEmpty {
            folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } else {
            folder = try temporaryFolder("pdf")
        }
        url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
    }

    /// `pdftotext -layout`: the text as laid out, pages separated by form feeds.
    func text() throws -> String { try run("pdftotext", ["-layout", "-enc", "UTF-8", url.path, "-"]) }

    /// The text of each page.
    func pages() throws -> [String] {
        var pages = try text().components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// `pdfinfo`'s fields: « Pages », « Page size », « Title »…
    func info() throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("pdfinfo", [url.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The QR codes of the first page, read by zbar on a 150 dpi image.
    func qrCodes() throws -> [String] {
        let prefix = url.deletingPathExtension().path + "-qr"
        _ = try run("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", url.path, prefix])
        return try run("zbarimg", ["--raw", "-q", prefix + ".png"]).split(separator: "\n").map(String.init)
    }
}

@discardableResult
func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw TestFailure("\(tool) failed (\(process.terminationStatus)): \(String(decoding: errorData, as: UTF8.self))")
    }
    return String(decoding: data, as: UTF8.self)
}

/// Renders documents through the `Publisher` the command line uses.
struct Render {
    let publisher: Publisher

    init() throws { publisher = try Publisher(resources: projectRoot) }

    func pdf(_ kind: DocumentKind, _ dossier: Dossier, _ campaign: Campaign) throws -> RenderedPDF {
        let document = try publisher.layout(kind, dossier: dossier, campaign: campaign)
        return try RenderedPDF(bytes: try publisher.pdf(document),
                               name: "\(variant(of: dossier.file))\(kind.rawValue)-\(dossier.etablissement.uai.code).pdf")
    }

    /// The text of every laid-out line, as drawn: poppler's `pdftotext` prints no-break spaces as
    /// ordinary ones, so French spacing is checked here, on what the PDF draws.
    func lines(_ kind: DocumentKind, _ dossier: Dossier, _ campaign: Campaign) throws -> [String] {
        try publisher.layout(kind, dossier: dossier, campaign: campaign).pages.flatMap { page in
            page.items.compactMap { item -> String? in
                if case .text(let line) = item { return line.text }
                return nil
            }
        }
    }

    func summary(_ loaded: LoadedCampaign) throws -> RenderedPDF {
        let document = try publisher.layoutSummary(campaign: loaded.campaign, dossiers: loaded.dossiers)
        return try RenderedPDF(bytes: try publisher.pdf(document), name: "\(variant(of: loaded.campaign.folder))synthese.pdf")
    }

    /// « refus- » for a file of a `CampaignCopy("refus")`, nothing for the example: files kept under
    /// `LDM_PUBLISHING_OUT` do not overwrite each other.
    private func variant(of file: URL) -> String {
        guard let folder = file.pathComponents.first(where: { $0.hasPrefix("ldm-publishing-") }) else { return "" }
        return String(folder.dropFirst("ldm-publishing-".count).dropLast(37)) + "-"
    }
}
