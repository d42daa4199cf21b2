/// OCPI 2.2.1 §10.4.7 SignedData.
public struct SignedData: OCPIObject {
    public var encodingMethod: String
    public var encodingMethodVersion: Int?
    public var publicKey: String?
    public var signedValues: [SignedValue]
    public var url: String?

    public init(
        encodingMethod: String,
        encodingMethodVersion: Int? = nil,
        publicKey: String? = nil,
        signedValues: [SignedValue],
        url: String? = nil
    ) {
        self.encodingMethod = encodingMethod
        self.encodingMethodVersion = encodingMethodVersion
        self.publicKey = publicKey
        self.signedValues = signedValues
        self.url = url
    }

    public static let schemaName = "SignedData"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case encodingMethod = "encoding_method"
        case encodingMethodVersion = "encoding_method_version"
        case publicKey = "public_key"
        case signedValues = "signed_values"
        case url = "url"
    }
}
