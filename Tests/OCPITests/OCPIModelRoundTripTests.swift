import Foundation
import JSON
import OCPI
import TestSupport
import Testing

/// Every valid spec example decodes into its model and re-encodes to the same JSON value.
@Suite struct OCPIModelRoundTripTests {
    /// The model for each top-level example file, by file-name prefix.
    static func model(for file: String) -> (any OCPIObject.Type)? {
        let name = (file as NSString).lastPathComponent
        let table: [(String, any OCPIObject.Type)] = [
            ("cdr_", CDR.self), ("credentials_", Credentials.self), ("location_hours_", Hours.self),
            ("location_", Location.self), ("session_", Session.self), ("tariff", Tariff.self),
            ("token_", Token.self), ("type_displaytext", DisplayText.self), ("version_details", VersionDetails.self),
        ]
        return table.first { name.hasPrefix($0.0) }?.1
    }

    static let topLevel = Fixtures.files(in: "ocpi", ext: "json")

    @Test("spec example decodes and re-encodes to the same JSON", arguments: topLevel)
    func roundTrips(file: String) throws {
        let original = try JSONParser.value(try Fixtures.bytes(file))
        let reencoded = try Self.roundTrip(original, file: file)
        #expect(JSONValue.sameValue(original, reencoded), "\(file): \(JSONWriter.compact.string(reencoded))")
    }

    static func roundTrip(_ value: JSONValue, file: String) throws -> JSONValue {
        // Envelopes: data is a list or one object of the model named by the file.
        if let statusCode = value["status_code"] {
            var object = value.objectValue ?? [:]
            if let data = value["data"] {
                object["data"] = try roundTripData(data, file: file)
            }
            object["status_code"] = statusCode
            return .object(object)
        }
        if case .array(let elements) = value {
            return .array(try elements.map { try roundTripData($0, file: file) })
        }
        return try roundTripData(value, file: file)
    }

    static func roundTripData(_ value: JSONValue, file: String) throws -> JSONValue {
        if case .array(let elements) = value { return .array(try elements.map { try roundTripData($0, file: file) }) }
        let type: any OCPIObject.Type
        if file.contains("versions_info") || file.contains("version_info") {
            type = Version.self
        } else if file.contains("version_details") {
            type = VersionDetails.self
        } else if file.contains("get_token") {
            type = Token.self
        } else if let found = model(for: file) {
            type = found
        } else {
            return value
        }
        return try reencode(value, as: type)
    }

    static func reencode<T: OCPIObject>(_ value: JSONValue, as type: T.Type) throws -> JSONValue {
        try OCPICoding.encode(try OCPICoding.decode(type, from: value))
    }
}
