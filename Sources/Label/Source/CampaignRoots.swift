import Foundation
import Native

extension AllowedRoots {
    /// Roots whose first folder is a campaign folder, named so when a path is refused.
    public static func campaign(_ folders: [URL]) -> AllowedRoots {
        AllowedRoots(folders, inputFolder: "du dossier de la campagne")
    }
}
