/// OCPI 2.2.1 §10.4.8 SignedValue.
public struct SignedValue: OCPIObject {
    public var nature: String
    public var plainData: String
    public var signedData: String

    public init(nature: String, plainData: String, signedData: String) {
        self.nature = nature
        self.plainData = plainData
        self.signedData = signedData
    }

    public static let schemaName = "SignedValue"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case nature = "nature"
        case plainData = "plain_data"
        case signedData = "signed_data"
    }
}
