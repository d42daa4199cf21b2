/// OCPI 2.2.1 §16.3 DisplayText.
public struct DisplayText: OCPIObject {
    public var language: String
    public var text: String

    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }

    public static let schemaName = "DisplayText"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case language = "language"
        case text = "text"
    }
}
