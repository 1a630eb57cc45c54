import Native
import Testing

@Suite("A word cache keeps what recurs and forgets what was used once")
struct RecentCacheTests {
    @Test("an entry is kept through one generation and forgotten after two")
    func entryUsedOnceIsForgottenAfterTwoGenerations() {
        var cache = RecentCache<String, Int>(limit: 2)
        cache.insert(1, for: "Mandela")
        cache.insert(2, for: "Carros")
        cache.insert(3, for: "0061681V")  // the first generation is now the previous one
        #expect(cache.count == 3)
        cache.insert(4, for: "Giraud")
        cache.insert(5, for: "Leroux")  // and now forgotten
        #expect(cache.value(for: "Mandela") == nil)
        #expect(cache.value(for: "Carros") == nil)
        #expect(cache.value(for: "0061681V") == 3)
        #expect(cache.count == 3)
    }

    @Test("an entry used in every generation is never forgotten")
    func recurringEntryStays() {
        var cache = RecentCache<String, Int>(limit: 3)
        cache.insert(0, for: "certificat")
        for school in 0..<100 {
            #expect(cache.value(for: "certificat") == 0)
            cache.insert(school, for: "école \(school)")
        }
        #expect(cache.value(for: "certificat") == 0)
    }

    @Test("however many entries go in, at most twice the limit are kept")
    func boundedByTwiceTheLimit() {
        var cache = RecentCache<Int, Int>(limit: 50)
        for key in 0..<10_000 { cache.insert(key, for: key) }
        #expect(cache.count == 100)
        #expect(cache.value(for: 9_999) == 9_999)
        #expect(cache.value(for: 9_900) == 9_900)
        #expect(cache.value(for: 9_899) == nil)
    }

    @Test("emptied, it keeps nothing")
    func removeAllEmpties() {
        var cache = RecentCache<String, Int>(limit: 1)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        cache.removeAll()
        #expect(cache.count == 0)
        #expect(cache.value(for: "a") == nil)
        #expect(cache.value(for: "b") == nil)
    }
}
