import Foundation
import OCPI
import Testing

/// The committed table `Sources/OCPI/Rules.md` is generated from `OCPIRules.all`, never edited by
/// hand (regenerate: `ROAMGATE_RECORD=1 swift test --filter OCPIRulesTableTests`).
@Suite struct OCPIRulesTableTests {
    @Test func committedTableMatchesTheRules() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/OCPI/Rules.md")
        let generated = OCPIRules.markdown
        if ProcessInfo.processInfo.environment["ROAMGATE_RECORD"] == "1" {
            try Data(generated.utf8).write(to: url)
            Issue.record("recorded Sources/OCPI/Rules.md; run again without ROAMGATE_RECORD")
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "Sources/OCPI/Rules.md is stale: regenerate it")
    }

    @Test func ruleIDsAreUniqueAndWellFormed() {
        let ids = OCPIRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /OCPI-[A-Z]{3}-[0-9]{3}/) != nil })
    }
}
