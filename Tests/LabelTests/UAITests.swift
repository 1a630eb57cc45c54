import Testing
@testable import Label

@Suite("UAI check letter")
struct UAITests {
    @Test(arguments: ["0671509B", "0060034E", "0770934X", "0391092A", "0900294F", "9741874U"])
    func realCodesAreValid(code: String) {
        #expect(UAI(code) != nil)
    }

    @Test func wrongLetterIsRejectedWithTheRightOne() {
        #expect(UAI("0060034F") == nil)
        #expect(UAI.problem("0060034F") == .checkLetter(expected: "E"))
        #expect(UAI.problem("0060034e") == .checkLetter(expected: "E"))
    }

    @Test(arguments: ["006003E", "00600344E", "A060034E", ""])
    func malformedCodesAreRejected(code: String) {
        #expect(UAI.problem(code) == .shape)
    }
}
