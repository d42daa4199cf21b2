import Harness

/// `junit.xml`: one testsuite per phase, one testcase per check (and per charger profile for
/// per-profile checks), failures carrying the findings' messages.
public enum ReportJUnit {
    public static func render(_ result: RunResult) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for phase in result.phaseIDs {
            var cases = ""
            var tests = 0
            var failures = 0
            var skipped = 0
            for outcome in result.checks where CheckCatalog.check(outcome.id)?.phase == phase {
                let definition = CheckCatalog.check(outcome.id)!
                let rows: [(name: String, profile: String?)] =
                    definition.perProfile && !outcome.profiles.isEmpty
                    ? outcome.profiles.keys.sorted().map { ("\(outcome.id) [\($0)]", $0) } : [(outcome.id, nil)]
                for row in rows {
                    tests += 1
                    cases +=
                        "    <testcase classname=\"roamgate.\(phase)\" name=\"\(xml(row.name)): \(xml(definition.title))\">\n"
                    let findings = outcome.findings.filter {
                        $0.severity != .info && (row.profile == nil || $0.profile == row.profile)
                    }
                    let failed =
                        row.profile.map { (outcome.profiles[$0]?.failed ?? 0) > 0 } ?? (outcome.status == .failed)
                    if failed {
                        failures += 1
                        let message = findings.first?.message ?? "failed"
                        cases +=
                            "      <failure message=\"\(xml(Redaction.redact(message)))\" type=\"\(xml(findings.first?.reasonCode ?? "FAILED"))\">"
                        cases += xml(
                            findings.prefix(20).map {
                                "\($0.severity.rawValue) \($0.owner.rawValue): \(Redaction.redact($0.message))"
                            }.joined(separator: "\n")
                        )
                        cases += "</failure>\n"
                    } else if outcome.status == .skipped || outcome.status == .notApplicable {
                        skipped += 1
                        cases += "      <skipped message=\"\(xml(outcome.note ?? outcome.status.rawValue))\"/>\n"
                    }
                    cases += "    </testcase>\n"
                }
            }
            totalTests += tests
            totalFailures += failures
            suites +=
                "  <testsuite name=\"\(phase)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n\(cases)  </testsuite>\n"
        }
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"roamgate \(xml(result.scenarioName))\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\">\n\(suites)</testsuites>\n"
    }

    /// XML 1.0 text and attribute escaping; control characters other than tab/newline dropped.
    static func xml(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            case let s where s.value < 0x20: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
