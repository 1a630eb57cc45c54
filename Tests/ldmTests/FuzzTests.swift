import Foundation
import Testing

/// The attack cases of issue 15 and a seeded mutator over the example campaign's files: whatever the
/// input, ldm ends with 0, 1 or 2 in bounded time, and a 1 comes with a positioned message.
@Suite("Fuzz corpus: every input ends cleanly", .serialized)
struct FuzzTests {
    /// A small deterministic generator (SplitMix64): the same seed, the same cases.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let tokens = [
        "{%", "%}", "{{", "}}", "{% include \"../../../../etc/passwd\" %}", "{% extends \"certificat.xml\" %}",
        "<image src=\"/etc/passwd\"/>", "<image src=\"../../../../usr/share/pixmaps/debian-logo.png\"/>",
        "[x](javascript:alert(1))", "[y](file:///etc/passwd)", "\"", "'", ":", "- ", "\t", "\u{0}", "&", "<", "]]>",
        "referentiel: \"../../etc/shadow\"", "logo: \"/etc/passwd.svg\"", "*", "&a", "!!binary", "{", "[", "? ",
        String(repeating: "x", count: 5000), "2026-13-45", "9999999999999999999999", "é", "\u{202E}",
    ]

    static let files = ["campagne.yaml", "dossiers/0060034E.yaml", "templates/certificat.xml", "criteres-nice-2026.yaml"]

    /// One mutation of `text`: a token inserted, a range deleted, a line doubled or two lines swapped.
    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var lines = text.components(separatedBy: "\n")
        let line = random.below(lines.count)
        switch random.below(4) {
        case 0:
            var characters = Array(lines[line])
            characters.insert(contentsOf: tokens[random.below(tokens.count)], at: random.below(characters.count + 1))
            lines[line] = String(characters)
        case 1:
            let count = random.below(min(5, lines.count - line)) + 1
            lines.removeSubrange(line..<(line + count))
        case 2:
            lines.insert(lines[line], at: line)
        default:
            lines.swapAt(line, random.below(lines.count))
        }
        return lines.joined(separator: "\n")
    }

    /// Runs ldm, killed after `seconds`.
    static func runBounded(_ arguments: [String], in folder: URL, seconds: Double = 30) throws -> (run: Run, timedOut: Bool) {
        let process = Process()
        process.executableURL = LDMBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["LDM_HOME"] = LDMBinary.root.path
        process.environment = environment
        let errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let timedOut = finished.wait(timeout: .now() + seconds) == .timedOut
        if timedOut { process.terminate(); finished.wait() }
        try errors.close()
        let stderr = try String(contentsOf: errorFile, encoding: .utf8)
        try FileManager.default.removeItem(at: errorFile)
        return (Run(status: process.terminationStatus, stdout: "", stderr: stderr), timedOut)
    }

    static func hasPosition(_ text: String) -> Bool {
        text.range(of: #"[^\s:]+:\d+:\d+: "#, options: .regularExpression) != nil
    }

    static func check(_ arguments: [String], in folder: URL, case name: String) throws {
        let (run, timedOut) = try runBounded(arguments, in: folder)
        #expect(!timedOut, "\(name): \(arguments) did not end")
        #expect([0, 1, 2].contains(run.status), "\(name): \(arguments) ended with \(run.status): \(run.stderr.prefix(400))")
        if run.status == 1 {
            #expect(hasPosition(run.stderr), "\(name): \(arguments) failed without a position: \(run.stderr.prefix(400))")
        }
        #expect(!run.stderr.contains("root:x:0"), "\(name): a file outside the campaign was quoted")
    }

    @Test("the issue's attack cases end with 0, 1 or 2 and quote nothing from outside", arguments: [
        ("templates/certificat.xml", "{% block entete %}", "{% block entete %}{% include \"../../../../etc/passwd\" %}"),
        ("templates/certificat.xml", "<image src=\"{{ campagne.logo }}\"", "<image src=\"/usr/share/pixmaps/debian-logo.png\""),
        ("campagne.yaml", "referentiel: national-2023", "referentiel: \"../../etc/shadow\""),
        ("dossiers/0060034E.yaml", "      L'offre couvre", "      [x](javascript:alert(1)) L'offre couvre"),
        ("dossiers/0060034E.yaml", "      L'offre couvre", "      [x](file:///etc/passwd) L'offre couvre"),
        ("templates/certificat.xml", "{% extends \"certificat.xml\" %}", "{% extends \"certificat.xml\" %}{% include \"certificat.xml\" %}"),
    ])
    func attacks(file: String, find: String, replace: String) throws {
        let campaign = try LDMBinary.copyOfExample()
        let url = campaign.appendingPathComponent(file)
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: find, with: replace)
            .write(to: url, atomically: true, encoding: .utf8)
        let parent = campaign.deletingLastPathComponent()
        try Self.check(["check", "campagne-2026"], in: parent, case: file)
        try Self.check(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", "c.pdf"], in: parent, case: file)
    }

    /// How much the mutation test does, fixed by counts rather than by the clock, so that a loaded
    /// machine makes it slower but never longer: the cases are checked `casesPerCheck` to a process
    /// (one `ldm check` of that many campaigns), and one case in `renderEvery` is also rendered.
    static let caseCount = 300, casesPerCheck = 30, renderEvery = 20

    /// Seeded cases of one to three mutations, each in its own copy of the example campaign.
    @Test("seeded mutations of the example campaign end with 0, 1 or 2, positioned when 1")
    func mutations() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let originals = try Self.files.map { try String(contentsOf: LDMBinary.exampleCampaign.appendingPathComponent($0), encoding: .utf8) }
        var random = Generator(state: 15)
        var longest = (seconds: 0.0, run: "")
        var runs = 0
        func timed(_ arguments: [String], case name: String) throws {
            let started = Date()
            try Self.check(arguments, in: root, case: name)
            runs += 1
            let seconds = Date().timeIntervalSince(started)
            if seconds > longest.seconds { longest = (seconds, "\(arguments.prefix(3).joined(separator: " ")) … (\(name))") }
        }
        for group in stride(from: 0, to: Self.caseCount, by: Self.casesPerCheck) {
            let numbers = Array(group..<min(group + Self.casesPerCheck, Self.caseCount))
            for number in numbers {
                let copy = root.appendingPathComponent("cas-\(number)")
                try FileManager.default.copyItem(at: LDMBinary.exampleCampaign, to: copy)
                let index = random.below(Self.files.count)
                var text = originals[index]
                for _ in 0...random.below(3) { text = Self.mutate(text, &random) }
                try text.write(to: copy.appendingPathComponent(Self.files[index]), atomically: true, encoding: .utf8)
            }
            try timed(["check"] + numbers.map { "cas-\($0)" }, case: "cas \(group) à \(numbers.last!)")
            for number in numbers where number % Self.renderEvery == 0 {
                try timed(["render", "certificat", "cas-\(number)/dossiers/0060034E.yaml", "-o", "cas-\(number).pdf"], case: "cas \(number)")
            }
            for number in numbers { try FileManager.default.removeItem(at: root.appendingPathComponent("cas-\(number)")) }
        }
        print("fuzz : \(Self.caseCount) cas en \(runs) lancements de ldm ; le plus long : "
              + String(format: "%.1f", longest.seconds) + " s, \(longest.run)")
    }
}
