import Foundation
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
        #expect(
            CheckCatalog.select(only: ["P3-TAR"], skip: []).map(\.id) == ["P3-TAR-001", "P3-TAR-002", "P3-TAR-003"]
        )
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

/// The committed table `Sources/Harness/Checks.md` is generated from the catalog, never edited by hand
/// (regenerate: `ROAMGATE_RECORD=1 swift test --filter CheckTableTests`).
@Suite struct CheckTableTests {
    @Test func committedTableMatchesTheCatalog() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/Harness/Checks.md")
        let generated =
            "# RoamGate check catalog\n\nGenerated from `CheckCatalog.all` and `CheckCatalog.mirror`; `roamgate checks` prints the same table.\n\n"
            + CheckCatalog.markdownTable
        if ProcessInfo.processInfo.environment["ROAMGATE_RECORD"] == "1" {
            try Data(generated.utf8).write(to: url)
            Issue.record("recorded Sources/Harness/Checks.md; run again without ROAMGATE_RECORD")
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "Sources/Harness/Checks.md is stale: regenerate it")
    }
}
