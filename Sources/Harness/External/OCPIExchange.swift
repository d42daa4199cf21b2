public import Foundation
public import JSON

/// One OCPI request the external run sent and what came back, for the evidence log.
public struct OCPIExchange: Sendable, Hashable {
    public var time: Date
    public var step: String
    public var method: String
    public var url: String
    /// The HTTP status; nil when no answer arrived.
    public var status: Int?
    /// The request body, when it had one.
    public var requestBody: JSONValue?
    /// The answer's envelope, when it was JSON.
    public var responseBody: JSONValue?
}
