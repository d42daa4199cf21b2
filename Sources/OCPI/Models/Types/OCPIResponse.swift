public import Foundation

/// The response envelope around every OCPI answer (OCPI 2.2.1 §4.1.7): `data` (absent where the
/// endpoint defines none), `status_code`, `status_message`, `timestamp`.
public struct OCPIResponse<Payload: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var data: Payload?
    public var statusCode: OCPIStatusCode
    public var statusMessage: String?
    public var timestamp: Date

    public init(data: Payload? = nil, statusCode: OCPIStatusCode, statusMessage: String? = nil, timestamp: Date) {
        self.data = data
        self.statusCode = statusCode
        self.statusMessage = statusMessage
        self.timestamp = timestamp
    }

    public static var memberNames: [String] { CodingKeys.allCases.map(\.rawValue) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case statusCode = "status_code"
        case statusMessage = "status_message"
        case timestamp
    }
}
