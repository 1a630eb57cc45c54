import Foundation
import Testing

/// qpdf and librsvg (with gdk-pixbuf) are opened by ldm itself, in the background, instead of by the
/// dynamic linker before main (CDeferredLibraries): their thirty-odd libraries took half the time spent
/// loading libraries before main.
@Suite("Start of a process")
struct StartupTests {
    @Test("ldm is not linked to qpdf, librsvg or gdk-pixbuf")
    func notLinked() throws {
        let dynamicSection = try Command.run("/usr/bin/readelf", ["--dynamic", LDMBinary.url.path])
        #expect(dynamicSection.status == 0, "\(dynamicSection.stderr)")
        let needed = dynamicSection.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("libcairo.so") }, "the section lists the libraries linked: \(needed)")
        for library in ["libqpdf", "librsvg", "libgdk_pixbuf"] {
            #expect(!needed.contains { $0.contains(library) }, "\(library) linked: \(needed)")
        }
    }

    @Test("a certificate opens librsvg and qpdf while it runs, and is finished with them")
    func openedWhileRunning() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-startup-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: output) }
        let dossier = LDMBinary.exampleCampaign.appendingPathComponent("dossiers/0060034E.yaml")
        // The dynamic linker's report of each file it loads, and by whom.
        let run = try LDMBinary.run(["render", "certificat", dossier.path, "-o", output.path], environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        for library in ["libqpdf.so", "librsvg-2.so"] {
            let loads = run.stderr.split(separator: "\n").filter { $0.contains("file=\(library)") && $0.contains("loaded by") }
            #expect(loads.contains { $0.contains("dynamically loaded by") && $0.contains("ldm") }, "\(library): \(loads)")
        }
        let info = try tool("pdfinfo", [output.path])
        #expect(info.contains("Pages:           1"))
    }
}
