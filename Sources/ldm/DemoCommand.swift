import ArgumentParser
import Foundation
import Native

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: fr("Produit la campagne d'exemple livrée avec ldm (ce que lance « make demo »)."),
        discussion: fr("""
        Exemples :
          ldm demo
          ldm demo -o /tmp/demo
          ldm demo --sign-key .build/demo-signature/signer.key --sign-cert .build/demo-signature/chain.pem
        """)
    )

    @Option(name: .shortAndLong, help: ArgumentHelp(fr("Dossier de sortie (par défaut : output/campagne-2026)."), valueName: "dossier"))
    var output: String?

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var signing: SigningOptions

    func run() throws {
        let folder = try ProjectResources.folder("examples").appendingPathComponent("campagne-2026")
        try runBatch(folder: folder, output: output ?? "output/campagne-2026",
                     jobs: ProcessInfo.processInfo.activeProcessorCount, only: [], progress: progress,
                     reporter: Reporter(json: false), signing: signing)
    }
}
