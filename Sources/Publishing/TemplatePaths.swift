import Foundation
import Label
import Templates

/// How messages name template files: a campaign's as every diagnostic names the campaign's files
/// (relative to the working directory when below it), a shipped one as « modèles fournis/… », never
/// by where ldm is installed. Applied to an error's position, to the chain of includes and extends
/// its notes name, and to the data file it was met with.
struct TemplatePaths {
    /// The shipped `templates/` folder.
    let shipped: URL

    static let shippedName = "modèles fournis"

    init(resources: URL) { shipped = resources.appendingPathComponent("templates") }

    func display(_ path: String) -> String {
        let prefix = shipped.path + "/"
        if path.hasPrefix(prefix) { return Self.shippedName + "/" + path.dropFirst(prefix.count) }
        return CampaignLoader.displayPath(URL(fileURLWithPath: path))
    }

    func display(_ error: TemplateError) -> TemplateError {
        var error = error
        error.path = display(error.path)
        // A note of the chain starts with the absolute path of a template: `path:line:col : {% include … %}`.
        error.notes = error.notes.map { note in
            guard note.hasPrefix("/"), let colon = note.firstIndex(of: ":") else { return note }
            return display(String(note[..<colon])) + note[colon...]
        }
        error.dataFile = error.dataFile.map(display)
        return error
    }
}
