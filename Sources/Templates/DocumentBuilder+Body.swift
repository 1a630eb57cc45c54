import DocumentTree
import Native

/// A long body is built in runs of top-level nodes on several threads: checking a 100-page dossier's
/// elements and setting its French typography is most of what follows the template's expansion, and
/// it waits for nothing but the XML. Each run ends before a block element, where a reading from the
/// start would close the paragraph it gathers anyway: the blocks are the same, in the same order.
extension DocumentBuilder {
    /// Below this many characters of body, one thread builds it (a certificate, a decision).
    static let parallelBodyLength = 50_000

    func bodyBlocks(_ nodes: [XMLNode], threads: Int) throws -> [Block] {
        // Twice as many runs as threads: a thread that is done takes the next (runs are not equally costly).
        let runs = Self.runs(of: nodes, count: threads > 1 ? 2 * threads : 1)
        guard runs.count > 1 else { return try blocks(nodes, in: "document", paragraphStyle: "body") }
        // Each thread builds with a copy of this builder: building only reads it (its closures find
        // positions and files).
        var local = self
        let (results, _) = SharedWork.run(runs.count, helpers: threads - 1, local: &local, make: { [self] in self }) { index, builder in
            Result { try builder.blocks(Array(nodes[runs[index]]), in: "document", paragraphStyle: "body") }
        }
        // In document order: the first run's error is the one a reading from the start meets first.
        return try results.flatMap { try $0.get() }
    }

    /// Up to `count` runs of about the same length of text, each after the first starting at a block element.
    static func runs(of nodes: [XMLNode], count: Int) -> [Range<Int>] {
        guard count > 1, let first = nodes.first.map(position), let last = nodes.last.map(position),
              last - first >= parallelBodyLength else { return [nodes.startIndex..<nodes.endIndex] }
        var runs: [Range<Int>] = []
        var start = nodes.startIndex
        for part in 1..<count {
            let target = first + (last - first) * part / count
            guard let cut = nodes[start...].indices.first(where: { index in
                guard index > start, position(nodes[index]) >= target, case .element(let element) = nodes[index] else { return false }
                return ElementRegistry.blockKind(element.name) != nil
            }) else { break }
            runs.append(start..<cut)
            start = cut
        }
        runs.append(start..<nodes.endIndex)
        return runs
    }

    private static func position(_ node: XMLNode) -> Int {
        switch node {
        case .element(let element): element.position
        case .text(_, let position): position
        }
    }
}
