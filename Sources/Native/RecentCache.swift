/// A cache that keeps what was used lately, in two generations: entries go into the current one;
/// once it holds `limit` entries it becomes the previous one, and the one before is forgotten. An
/// entry found in the previous generation moves back into the current one. What recurs (a
/// template's wording, common words) stays; what one document used once (a school's name, a
/// certificate's number) goes after two generations. A batch of ten thousand schools keeps at most
/// `2 × limit` entries, and no more than one school's worth of them is ever thrown away at a time.
public struct RecentCache<Key: Hashable, Value> {
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]
    public let limit: Int

    public init(limit: Int) {
        precondition(limit > 0, "a cache keeps at least one entry")
        self.limit = limit
    }

    /// The entries kept, in both generations.
    public var count: Int { current.count + previous.count }

    public mutating func value(for key: Key) -> Value? {
        if let found = current[key] { return found }
        guard let found = previous.removeValue(forKey: key) else { return nil }
        insert(found, for: key)
        return found
    }

    public mutating func insert(_ value: Value, for key: Key) {
        if current.count >= limit {
            swap(&current, &previous)
            current.removeAll(keepingCapacity: true)
        }
        current[key] = value
    }

    public mutating func removeAll() {
        current.removeAll()
        previous.removeAll()
    }
}
