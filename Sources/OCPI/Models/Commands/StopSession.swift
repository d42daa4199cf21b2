/// OCPI 2.2.1 §13.3.6 StopSession.
public struct StopSession: OCPIObject {
    public var responseURL: String
    public var sessionID: String

    public init(responseURL: String, sessionID: String) {
        self.responseURL = responseURL
        self.sessionID = sessionID
    }

    public static let schemaName = "StopSession"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case responseURL = "response_url"
        case sessionID = "session_id"
    }
}
