/// OCPI 2.2.1 §8.4.20 PublishTokenType.
public struct PublishTokenType: OCPIObject {
    public var uid: String?
    public var type: TokenType?
    public var visualNumber: String?
    public var issuer: String?
    public var groupID: String?

    public init(
        uid: String? = nil,
        type: TokenType? = nil,
        visualNumber: String? = nil,
        issuer: String? = nil,
        groupID: String? = nil
    ) {
        self.uid = uid
        self.type = type
        self.visualNumber = visualNumber
        self.issuer = issuer
        self.groupID = groupID
    }

    public static let schemaName = "PublishTokenType"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case uid = "uid"
        case type = "type"
        case visualNumber = "visual_number"
        case issuer = "issuer"
        case groupID = "group_id"
    }
}
