/// OCPI 2.2.1 §13.3.3 CommandResult.
public struct CommandResult: OCPIObject {
    public var result: CommandResultType
    public var message: [DisplayText]?

    public init(result: CommandResultType, message: [DisplayText]? = nil) {
        self.result = result
        self.message = message
    }

    public static let schemaName = "CommandResult"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case result = "result"
        case message = "message"
    }
}
