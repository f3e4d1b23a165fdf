import Testing
@testable import HindiEvents

@Suite struct CAMEORootTests {
    @Test func codesOneToTwentyHaveLabelsAndQuadClasses() {
        #expect(CAMEORoot.all.count == 20)
        #expect(CAMEORoot(code: "04")?.label == "consult")
        #expect(CAMEORoot(code: "04")?.quad == 1)
        #expect(CAMEORoot(code: "07")?.quad == 2)
        #expect(CAMEORoot(code: "11")?.quad == 3)
        #expect(CAMEORoot(code: "17")?.label == "coerce")
        #expect(CAMEORoot(code: "17")?.quadLabel == "material conflict")
        #expect(CAMEORoot.all.map(\.quad) == [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4])
    }

    @Test func otherCodesAreNoRoot() {
        #expect(CAMEORoot(code: "00") == nil)
        #expect(CAMEORoot(code: "21") == nil)
        #expect(CAMEORoot(code: "4") == nil)
        #expect(CAMEORoot(code: "-") == nil)
    }

    @Test func aRootIsNamedByCodeOrLabel() {
        #expect(CAMEORoot.named("4")?.code == "04")
        #expect(CAMEORoot.named("04")?.code == "04")
        #expect(CAMEORoot.named("Coerce")?.code == "17")
        #expect(CAMEORoot.named("mass violence")?.code == "20")
        #expect(CAMEORoot.named("meeting") == nil)
    }
}
