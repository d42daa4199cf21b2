import JSON
import OCPI
import TestSupport
import Testing

/// The specification's own examples: the valid ones pass with no error, the flawed ones fail for
/// the reason they are flawed.
@Suite struct OCPIValidatorSpecExampleTests {
    static func findings(_ file: String, module: OCPIModule? = nil) throws -> [OCPIFinding] {
        let document = try JSONParser(duplicateKeys: .keep, recordsLocations: true, fileName: file)
            .parse(try Fixtures.bytes(file))
        return OCPIValidator(module: module).validate(document)
    }

    static let valid = Fixtures.files(in: "ocpi", ext: "json") + Fixtures.files(in: "ocpi/constructed", ext: "json")

    @Test("valid spec example has no error finding", arguments: valid)
    func validExampleHasNoError(file: String) throws {
        let errors = try Self.findings(file).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test("the 2.2.1-tag CDR example lacks the CdrToken party fields")
    func flawedCDRTokenLacksPartyFields() throws {
        let findings = try Self.findings("ocpi/flawed/cdr_example_2.2.1-tag.json")
        let paths = Set(findings.filter { $0.ruleID == "OCPI-CDR-001" }.map(\.path.description))
        #expect(paths.contains("$.cdr_token.country_code"))
        #expect(paths.contains("$.cdr_token.party_id"))
    }

    @Test("the add-EVSE PUT example has an invalid connector and a numeric physical_reference")
    func flawedAddEVSE() throws {
        let findings = try Self.findings("ocpi/flawed/location_put_example_add_evse.json")
        let byRule = Dictionary(grouping: findings, by: \.ruleID).mapValues { Set($0.map(\.path.description)) }
        #expect(byRule["OCPI-LOC-001"]?.contains("$.connectors[0].power_type") == true)
        #expect(byRule["OCPI-LOC-001"]?.contains("$.connectors[0].max_voltage") == true)
        #expect(byRule["OCPI-LOC-001"]?.contains("$.connectors[0].max_amperage") == true)
        #expect(byRule["OCPI-LOC-001"]?.contains("$.connectors[0].last_updated") == true)
        #expect(byRule["OCPI-LOC-005"]?.contains("$.floor") == true)
        #expect(byRule["OCPI-LOC-002"]?.contains("$.physical_reference") == true)
    }

    @Test("the tariff PUT example lacks last_updated")
    func flawedTariffPut() throws {
        let findings = try Self.findings("ocpi/flawed/tariff_put_example.json")
        #expect(findings.contains { $0.ruleID == "OCPI-TAR-001" && $0.path.description == "$.last_updated" })
    }

    @Test("the removed first-hour-free tariff counts parking durations from the session start")
    func flawedFirstHourFree() throws {
        // Issue #434: min/max_duration count from the session start, not from the parking start.
        let findings = try Self.findings("ocpi/flawed/tariff_7_first_hour_kwh_free.json")
        let paths = findings.filter { $0.ruleID == "OCPI-TAR-028" }.map(\.path.description)
        #expect(paths == (0...2).map { "$.elements[\($0)].price_components[0].type" })
    }
}

/// PATCH bodies (§4.1.x) are partial objects: valid with their required members absent.
@Suite struct OCPIValidatorPatchTests {
    static let patches: [(file: String, object: String, module: OCPIModule)] = [
        ("ocpi/patch/location_patch_example_location.json", "Location", .locations),
        ("ocpi/patch/location_patch_example_remove_evse.json", "EVSE", .locations),
        ("ocpi/patch/location_patch_example_status.json", "EVSE", .locations),
        ("ocpi/patch/location_patch_example_tariff.json", "Connector", .locations),
        ("ocpi/patch/session_patch_example_charging_period.json", "Session", .sessions),
        ("ocpi/patch/session_patch_example_total_cost.json", "Session", .sessions),
        ("ocpi/patch/token_patch_example.json", "Token", .tokens),
    ]

    @Test(arguments: 0..<patches.count)
    func specPatchIsAValidPartialObject(index: Int) throws {
        let patch = Self.patches[index]
        let value = try JSONParser.value(try Fixtures.bytes(patch.file))
        let partial = OCPIValidator().check(value, as: patch.object, module: patch.module, partial: true)
        #expect(!partial.findings.contains { $0.severity == .error }, "\(patch.file): \(partial.findings)")
        let whole = OCPIValidator().check(value, as: patch.object, module: patch.module)
        #expect(whole.findings.contains { $0.ruleID.hasSuffix("-001") }, "as a whole object it lacks members")
    }

    @Test func partialStillChecksWhatIsPresent() {
        let value: JSONValue = ["status": "BROKEN", "last_updated": "2015-06-29T20:39:09Z"]
        let report = OCPIValidator().check(value, as: "EVSE", module: .locations, partial: true)
        #expect(report.findings.map(\.ruleID) == ["OCPI-LOC-004"])
    }
}
