/// OCPI 2.2.1 §13.3.2 CommandResponse.
public struct CommandResponse: OCPIObject {
    public var result: CommandResponseType
    public var timeout: Int
    public var message: [DisplayText]?

    public init(result: CommandResponseType, timeout: Int, message: [DisplayText]? = nil) {
        self.result = result
        self.timeout = timeout
        self.message = message
    }

    public static let schemaName = "CommandResponse"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case result = "result"
        case timeout = "timeout"
        case message = "message"
    }
}
