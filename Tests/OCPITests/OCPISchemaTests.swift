import Foundation
import JSON
import Testing

@testable import OCPI

/// The schema tables the validator uses and the Codable models name the same members.
@Suite struct OCPISchemaTests {
    static let models: [any OCPIObject.Type] = [
        Version.self, VersionDetails.self, Endpoint.self, Credentials.self, CredentialsRole.self,
        BusinessDetails.self, Image.self, DisplayText.self, Location.self, EVSE.self, Connector.self,
        GeoLocation.self, AdditionalGeoLocation.self, Hours.self, RegularHours.self, ExceptionalPeriod.self,
        StatusSchedule.self, EnergyMix.self, EnergySource.self, EnvironmentalImpact.self, PublishTokenType.self,
        Session.self, ChargingPreferences.self, CdrToken.self, CDR.self, CdrLocation.self, ChargingPeriod.self,
        CdrDimension.self, SignedData.self, SignedValue.self, Tariff.self, TariffElement.self, PriceComponent.self,
        TariffRestrictions.self, Price.self, Token.self, EnergyContract.self, LocationReferences.self,
        AuthorizationInfo.self, StartSession.self, StopSession.self, ReserveNow.self, CancelReservation.self,
        UnlockConnector.self, CommandResponse.self, CommandResult.self, ClientInfo.self,
    ]

    @Test func everyModelHasASchemaWithTheSameMembers() throws {
        for model in Self.models {
            let schema = try #require(OCPISchema.objects[model.schemaName], "no schema for \(model.schemaName)")
            #expect(Set(schema.members.map(\.name)) == Set(model.memberNames), "\(model.schemaName)")
        }
        let modelled = Set(Self.models.map { $0.schemaName } + ["ResponseEnvelope"])
        #expect(Set(OCPISchema.objects.keys) == modelled)
        #expect(
            Set(OCPIResponse<Int>.memberNames) == Set(OCPISchema.objects["ResponseEnvelope"]?.members.map(\.name) ?? [])
        )
    }

    @Test func everyObjectReferenceResolves() {
        for schema in OCPISchema.objects.values {
            for member in schema.members {
                if let name = member.kind.objectName {
                    #expect(OCPISchema.objects[name] != nil, "\(schema.name).\(member.name)")
                }
            }
        }
    }

    @Test func vocabulariesAreOpen() throws {
        let decoded = try OCPICoding.decode(ConnectorType.self, from: Array(#""MCS""#.utf8))
        #expect(decoded.rawValue == "MCS")
        #expect(!decoded.isKnown)
        #expect(ConnectorType.iec62196T2.isKnown)
        #expect(try OCPICoding.encode(decoded) == .string("MCS"))
    }

    @Test func timestampsAreReadWithOrWithoutFractionAndWrittenInUTC() throws {
        let token =
            #"{"response_url":"https://x.example/r","reservation_id":"R1","location_id":"L","#
            + #""expiry_date":"2026-01-15T10:00:00.250+01:00","token":{"country_code":"DE","party_id":"TNM","#
            + #""uid":"U","type":"RFID","contract_id":"C","issuer":"I","valid":true,"whitelist":"ALLOWED","#
            + #""last_updated":"2026-01-15T09:00:00"}}"#
        let reservation = try OCPICoding.decode(ReserveNow.self, from: Array(token.utf8))
        let json = try OCPICoding.encode(reservation)
        #expect(json["expiry_date"] == .string("2026-01-15T09:00:00.250Z"))
        #expect(json["token"]?["last_updated"] == .string("2026-01-15T09:00:00Z"))
    }

    @Test func moneyAndEnergyAreExact() throws {
        let text = #"{"excl_vat": 0.1, "incl_vat": 0.12345678901234567890123}"#
        let price = try OCPICoding.decode(Price.self, from: Array(text.utf8))
        #expect(price.exclVAT * 3 == (try #require(Decimal(string: "0.3"))))
        #expect(price.inclVAT == Decimal(string: "0.12345678901234567890123"))
    }
}
