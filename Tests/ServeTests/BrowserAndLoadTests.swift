import Foundation
import Registry
import Testing

/// Debian's chromium, headless; every address but loopback goes to a dead proxy, and the browser's
/// own background traffic is switched off, so that nothing leaves the machine.
func chromium(_ arguments: [String]) throws -> LDM.Run {
    let profile = try LDM.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    return try command(URL(fileURLWithPath: "/usr/bin/chromium"),
                       ["--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=http://127.0.0.1:9",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-default-apps", "--disable-extensions",
                        "--user-data-dir=\(profile.path)"] + arguments)
}

@Suite("ldm serve in a browser and under load")
struct BrowserAndLoadTests {
    @Test func aBrowserShowsTheExampleCertificatesPage() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry)
        defer { server.stop() }
        let url = "\(server.base)/verifier/\(fixture.valid.code)"
        let dom = try chromium(["--dump-dom", url])
        #expect(dom.status == 0)
        // The DOM as the browser built it, its no-break spaces written back as characters.
        let text = dom.stdout.replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
        #expect(text.contains("<title>Certificat CLM-2026-0060034E – Vérification des certificats «\u{A0}lycée des métiers\u{A0}»</title>"))
        #expect(text.contains("<h1>Certificat CLM-2026-0060034E</h1>"))
        #expect(text.contains("<strong>Valide</strong>\u{A0}: ce certificat est authentique"))
        #expect(text.contains("<dd>Lycée Jeanne et Paul Augier</dd>"))
        #expect(text.contains("<dd>Lycée des métiers du tourisme, de l'hôtellerie et de la restauration</dd>"))

        let shot = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-verification-\(fixture.valid.uai).png")
        try? FileManager.default.removeItem(at: shot)
        let picture = try chromium(["--screenshot=\(shot.path)", "--window-size=1280,900", url])
        #expect(picture.status == 0)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // 1280 × 900, as asked: the IHDR chunk's width and height, big-endian.
        #expect(png[16..<24].elementsEqual([0, 0, 0x05, 0x00, 0, 0, 0x03, 0x84]))
        print("screenshot of \(url): \(shot.path)")
    }

    /// A fixed number of requests from curl's parallel mode on loopback, half to known codes and half to
    /// unknown ones; it reports the rate and the latencies, asserting only that every answer was right.
    @Test func boundedLoadOnLoopback() async throws {
        let fixture = try await Fixture.shared.value
        let server = try Server(registry: fixture.registry, extra: ["--rate-limit", "1000000"])
        defer { server.stop() }
        let requests = 2000
        let folder = try LDM.temporaryFolder()
        var config = ""
        for index in 0..<requests {
            let code = index.isMultiple(of: 2) ? fixture.valid.code : "ZZZZ-ZZZZ-\(String(format: "%02d", index % 90 + 10))"
            config += "url = \"\(server.base)/verifier/\(code)\"\noutput = \"/dev/null\"\n"
        }
        let file = folder.appendingPathComponent("urls")
        try config.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let run = try command(URL(fileURLWithPath: "/usr/bin/curl"),
                              ["-s", "--noproxy", "*", "--max-time", "10", "--parallel", "--parallel-max", "16", "-K", file.path,
                               "-w", "%{http_code} %{time_total} %{url}\\n"])
        let seconds = Date().timeIntervalSince(started)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == requests)
        var known: [Double] = [], unknown: [Double] = []
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let time = Double(fields[1]) else { Issue.record("bad line \(line)"); continue }
            if fields[2].hasSuffix(fixture.valid.code) {
                #expect(fields[0] == "200"); known.append(time)
            } else {
                #expect(fields[0] == "404"); unknown.append(time)
            }
        }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000
        }
        let all = known + unknown
        let report = String(format: "load: %d requests in %.2f s, %.0f requests/s, p50 %.1f ms, p99 %.1f ms; known codes p50 %.1f ms, unknown p50 %.1f ms",
                            all.count, seconds, Double(all.count) / seconds, percentile(all, 0.5), percentile(all, 0.99),
                            percentile(known, 0.5), percentile(unknown, 0.5))
        print(report)
        try report.write(to: FileManager.default.temporaryDirectory.appendingPathComponent("ldm-serve-load.txt"), atomically: true, encoding: .utf8)
    }
}
