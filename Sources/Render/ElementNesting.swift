import Pages

/// Which structure elements hold other elements. Cairo 1.16 marks the content of an element only
/// when it holds no other element (a link counts): the text of a paragraph with a link in it would
/// belong to no element. The drawer puts such content in elements of its own (`PageDrawer`).
enum ElementNesting {
    /// For each `beginTag` of the pages, in order: whether an element or a link begins inside it
    /// before it ends (elements may span pages).
    static func holdsElements(_ pages: [Page]) -> [Bool] {
        var result: [Bool] = []
        var open: [Int] = []
        for page in pages {
            for item in page.items {
                switch item {
                case .beginTag:
                    if let parent = open.last { result[parent] = true }
                    open.append(result.count)
                    result.append(false)
                case .endTag:
                    _ = open.popLast()
                case .link:
                    if let parent = open.last { result[parent] = true }
                default:
                    break
                }
            }
        }
        return result
    }
}
