import ArgumentParser
import Foundation
import Publishing
import Synchronization

/// `--verbose` and `--quiet`, shared by batch and demo.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: ArgumentHelp(fr("Une ligne par établissement terminé, au lieu de la ligne d'avancement.")))
    var verbose = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(fr("N'affiche que les erreurs.")))
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose et --quiet s'excluent") }
    }
}

/// How a batch shows its progress on stderr: on a terminal one live line (schools done, total,
/// percentage, time left), rewritten in place; a line per school with --verbose or when stderr is not
/// a terminal (a log file); nothing with --quiet or JSON diagnostics.
final class BatchProgress: Sendable {
    enum Style { case live, lines, none }

    let style: Style
    private let started = Date()
    /// Whether the live line is on screen; held while writing, so that workers' lines do not interleave.
    private let shown = Mutex(false)

    init(_ options: ProgressOptions, silent: Bool, terminal: Bool = Output.stderrIsTerminal) {
        style = options.quiet || silent ? .none : options.verbose || !terminal ? .lines : .live
    }

    func show(_ event: Publishing.Batch.Event) {
        guard style != .none, case .schoolFinished(let uai, let done, let total) = event else { return }
        shown.withLock { shown in
            switch style {
            case .live:
                let line = BatchProgress.line(done: done, total: total, elapsed: Date().timeIntervalSince(started))
                // \r back to the start, \u{1B}[K clears what a longer previous line left.
                FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
                shown = true
            case .lines:
                Output.error("[\(done)/\(total)] \(uai)")
            case .none:
                break
            }
        }
    }

    func finish() {
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
            shown = false
        }
    }

    /// « 12/40 établissements (30 %), encore 1 min 05 s ».
    static func line(done: Int, total: Int, elapsed: TimeInterval) -> String {
        let percent = total == 0 ? 100 : done * 100 / total
        var text = "\(done)/\(total) établissements (\(percent) %)"
        if done > 0 && done < total {
            let left = Int((elapsed / Double(done) * Double(total - done)).rounded())
            text += ", encore " + duration(left)
        }
        return text
    }

    static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : "\(seconds / 60) min \(String(format: "%02d", seconds % 60)) s"
    }
}
