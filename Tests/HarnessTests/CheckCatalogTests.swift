import Harness
import Testing

@Suite struct CheckCatalogTests {
    @Test func catalogHasAtLeastFortyChecksWithUniqueStableIDs() {
        let ids = CheckCatalog.all.map(\.id)
        #expect(ids.count >= 40)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /P[1-4]-[A-Z]{3}-\d{3}/) != nil, "\(id)")
            #expect(id.hasPrefix(CheckCatalog.check(id)!.phase + "-"))
        }
    }

    @Test func everyPhaseHasChecks() {
        for phase in ["P1", "P2", "P3", "P4"] { #expect(CheckCatalog.all.contains { $0.phase == phase }) }
    }

    @Test func selectionByPrefixGlobAndSkip() {
        #expect(CheckCatalog.select(only: ["P3-TAR"], skip: []).map(\.id) == ["P3-TAR-001", "P3-TAR-002", "P3-TAR-003"])
        #expect(CheckCatalog.select(only: ["P*-CDR-00*"], skip: ["P3-CDR-005"]).count == 4)
        #expect(CheckCatalog.select(only: ["P9"], skip: []).isEmpty)
        #expect(CheckCatalog.select(only: [], skip: ["P"]).isEmpty)
    }

    @Test func strictRaisesShouldBreachesToMajor() throws {
        let should = try #require(CheckCatalog.all.first { $0.level == "SHOULD" })
        #expect(should.severity(strict: false) == .minor)
        #expect(should.severity(strict: true) == .major)
    }
}
