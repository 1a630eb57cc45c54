import Foundation
import Native
import Synchronization

/// Turns cairo's PDF into PDF/A-1b (ISO 19005-1, level B), the format French public archives take,
/// with the catalogue-level markers of PDF/UA-1. Cairo 1.16 writes neither: this step adds what it
/// lacks, in memory, before the file is written:
/// - an sRGB output intent (the ICC profile of Debian's icc-profiles-free), so that DeviceRGB is defined;
/// - an XMP packet mirroring the Info dictionary, with pdfaid part 1 conformance B and pdfuaid part 1;
/// - Info dates in PDF's `D:` form; `/Lang`, `/ViewerPreferences /DisplayDocTitle`, `/Tabs /S` on pages;
/// - `/CIDToGIDMap /Identity` and a `/CIDSet` on each embedded TrueType CID font;
/// - no page transparency group, no image interpolation, annotations printable (`/F 4`);
/// - a `/Contents` on each link (PDF/UA-1 asks for a text alternative: the address, or « lien interne »);
/// - the structure tree completed for PDF/UA-1: Figures' `/Alt`, header cells' `/Scope`, cells' spans, artifacts
///   out of the tree (`StructureFinish`);
/// - PDF 1.4, no object streams, a trailer `/ID` from the content, an end of line before `endstream`.
/// The same input gives the same bytes.
public enum ArchivalFinish {
    /// The profile shipped by Debian's icc-profiles-free package.
    public static let defaultProfile = URL(fileURLWithPath: "/usr/share/color/icc/sRGB.icc")

    /// `figureAlternatives`: the text alternatives of the Figures, in the order they begin; `cellSpans`:
    /// the rows and columns of the table cells that span several, by their index among the TH and TD
    /// elements in the order they begin.
    public static func finish(_ pdf: [UInt8], language: String, figureAlternatives: [String],
                              cellSpans: [Int: (rows: Int, columns: Int)] = [:],
                              profile: URL = defaultProfile) throws -> [UInt8] {
        let editor = try PDFEditor(pdf: pdf)
        let info = try DocumentInfo(editor: editor)
        try addOutputIntent(editor, profile: profile)
        try StructureFinish.finish(editor, figureAlternatives: figureAlternatives, cellSpans: cellSpans)
        addCatalogueMarkers(editor, language: language)
        editor.set(editor.root, "Metadata", editor.newStream(Array(XMPPacket(info).xml.utf8),  // left readable, as qpdf did
                                                               dictionary: "<< /Type /Metadata /Subtype /XML >>"))
        for page in editor.pages {
            editor.remove(page, "Group")
            editor.set(page, "Tabs", editor.parse("/S"))
        }
        // Only the objects that can be concerned are read: qpdf's reading of a whole file is its dearest part.
        for font in try editor.objects(mentioning: "CIDFontType2") where editor.isDictionary(font, type: "Font", subtype: "CIDFontType2") {
            try completeCIDFont(editor, font)
        }
        for annotation in try editor.objects(mentioning: "Annot") where editor.isDictionary(annotation, type: "Annot") {
            editor.set(annotation, "F", editor.parse("4"))
            if editor.isDictionary(annotation, type: "Annot", subtype: "Link"), editor.value(annotation, "Contents") == nil {
                editor.set(annotation, "Contents", editor.string(linkDescription(editor, annotation)))
            }
        }
        for image in try editor.objects(mentioning: "Interpolate") where editor.isStream(image) && editor.value(image, "Interpolate") != nil {
            editor.set(image, "Interpolate", editor.parse("false"))
        }
        return try editor.write(version: "1.4")
    }

    /// The profiles read, compressed: once for a process.
    private static let profiles = Mutex<[URL: [UInt8]]>([:])

    private static func addOutputIntent(_ editor: PDFEditor, profile: URL) throws {
        let compressed = try profiles.withLock { profiles in
            if let known = profiles[profile] { return known }
            guard let icc = try? Data(contentsOf: profile) else {
                throw NativeError("profil de couleur sRGB introuvable (\(profile.path)) : installez le paquet Debian icc-profiles-free")
            }
            profiles[profile] = Flate.compress(Array(icc))
            return profiles[profile]!
        }
        let stream = editor.newStream(compressed, dictionary: "<< /N 3 /Filter /FlateDecode >>")
        let intent = editor.parse("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) >>")
        editor.set(intent, "DestOutputProfile", stream)
        editor.set(editor.root, "OutputIntents", editor.array([editor.makeIndirect(intent)]))
    }

    private static func addCatalogueMarkers(_ editor: PDFEditor, language: String) {
        editor.set(editor.root, "Lang", editor.string(language))
        editor.set(editor.root, "MarkInfo", editor.parse("<< /Marked true >>"))
        editor.set(editor.root, "ViewerPreferences", editor.parse("<< /DisplayDocTitle true >>"))
    }

    /// What a screen reader says of a link: its web address, or that it leads inside the document.
    private static func linkDescription(_ editor: PDFEditor, _ link: PDFEditor.Object) -> String {
        if let action = editor.value(link, "A"), let uri = editor.text(editor.value(action, "URI")) {
            return "Lien vers \(uri)"
        }
        return "Lien interne au document"
    }

    /// PDF/A-1 asks every CID font for its glyph map and the set of CIDs it holds. Cairo numbers a
    /// subset's glyphs from 0 and uses them as CIDs, so the map is the identity and the set is every
    /// glyph of the embedded font (its `maxp` table's count).
    private static func completeCIDFont(_ editor: PDFEditor, _ font: PDFEditor.Object) throws {
        if editor.value(font, "CIDToGIDMap") == nil { editor.set(font, "CIDToGIDMap", editor.parse("/Identity")) }
        guard let descriptor = editor.value(font, "FontDescriptor"), let file = editor.value(descriptor, "FontFile2") else { return }
        let glyphs = try TrueTypeTables(try editor.streamData(file)).glyphCount
        var set = [UInt8](repeating: 0, count: (glyphs + 7) / 8)
        for glyph in 0..<glyphs { set[glyph / 8] |= 0x80 >> UInt8(glyph % 8) }
        editor.set(descriptor, "CIDSet", editor.newStream(Flate.compress(set), dictionary: "<< /Filter /FlateDecode >>"))
    }
}
