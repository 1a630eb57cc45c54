import Foundation

/// The candidate closest to a misspelt name by edit distance (see `editDistance`, case- and accent-insensitive),
/// when it is close enough to be a plausible typo.
public enum NearestName {
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let target = fold(name)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, fold(candidate))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(2, target.count / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein's distance, with two neighbouring characters swapped (« nmo » for « nom ») counted as
    /// one edit, as a typist makes it (the optimal string alignment distance).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
                if i > 0, j > 0, ca == b[j - 1], a[i - 1] == cb {
                    current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
                }
            }
            (beforePrevious, previous) = (previous, current)
        }
        return previous[b.count]
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }
}
