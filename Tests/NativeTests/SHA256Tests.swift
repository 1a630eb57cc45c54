import Native
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    @Test("known digests, whole or fed in pieces")
    func knownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var pieces = SHA256()
        pieces.update(Array("a".utf8))
        pieces.update(Array("bc".utf8))
        #expect(pieces.finalizeHex() == SHA256.hex(Array("abc".utf8)))
    }
}
