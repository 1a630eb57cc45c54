import CHyphen
import Foundation

/// Hyphenation points from libhyphen and a language's dictionary (Debian's hyphen-fr for French).
/// Owned by one task: the dictionary handle and the per-word cache are not shared.
public final class Hyphenator {
    private let path: String
    /// Loaded at the first word to break: libhyphen reads the whole pattern file (about 11 million
    /// instructions for French), which a document that never hyphenates (a certificate) does not need.
    private var loaded: UnsafeMutablePointer<HyphenDict>?
    private var cache = RecentCache<String, [Int]>(limit: TextShaper.cacheLimit)

    public static let frenchDictionary = "/usr/share/hyphen/hyph_fr.dic"
    static let dictionaries = "/usr/share/hyphen"

    /// The dictionary of a language tag (`fr`, `fr-CA`, `en_US`): the region's own, else the
    /// language's; nil when none is installed.
    public static func dictionary(for language: String) -> String? {
        let parts = language.replacingOccurrences(of: "-", with: "_").split(separator: "_")
        guard let code = parts.first?.lowercased(), !code.isEmpty, code.allSatisfy(\.isLetter) else { return nil }
        var names = ["hyph_\(code).dic"]
        if parts.count > 1, parts[1].allSatisfy(\.isLetter) { names.insert("hyph_\(code)_\(parts[1].uppercased()).dic", at: 0) }
        return names.map { "\(dictionaries)/\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    public init(dictionaryPath: String = Hyphenator.frenchDictionary) throws {
        guard FileManager.default.isReadableFile(atPath: dictionaryPath) else {
            throw NativeError("impossible de charger le dictionnaire de césure \(dictionaryPath) : installez le paquet Debian hyphen-fr")
        }
        path = dictionaryPath
    }

    deinit { if let loaded { hnj_hyphen_free(loaded) } }

    private var dictionary: UnsafeMutablePointer<HyphenDict>? {
        if loaded == nil { loaded = hnj_hyphen_load(path) }
        return loaded
    }

    /// Character offsets (in `Character`s from the word's start) where the word may break:
    /// a break at k puts the first k characters before the hyphen.
    public func breakPoints(_ word: String) -> [Int] {
        if let cached = cache.value(for: word) { return cached }
        guard let dictionary else { return [] }
        let lower = word.lowercased()
        let bytes = Array(lower.utf8)
        let characterCount = lower.count
        guard characterCount == word.count else { cache.insert([], for: word); return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { word in
                hnj_hyphen_hyphenate2(dictionary, word, Int32(bytes.count), &hyphens, nil, &rep, &pos, &cut)
            }
        }
        // libhyphen allocates these only for non-standard breaks; free whatever came back.
        if let rep {
            for i in 0..<bytes.count { free(rep[i]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard status == 0 else { cache.insert([], for: word); return [] }
        // With a UTF-8 dictionary there is one digit per character; an odd digit allows a break after it.
        var points: [Int] = []
        for index in 0..<(characterCount - 1) where hyphens[index] & 1 == 1 {
            points.append(index + 1)
        }
        cache.insert(points, for: word)
        return points
    }
}
