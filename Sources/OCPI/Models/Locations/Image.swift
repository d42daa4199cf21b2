/// OCPI 2.2.1 §8.4.15 Image.
public struct Image: OCPIObject {
    public var url: String
    public var thumbnail: String?
    public var category: ImageCategory
    public var type: String
    public var width: Int?
    public var height: Int?

    public init(
        url: String,
        thumbnail: String? = nil,
        category: ImageCategory,
        type: String,
        width: Int? = nil,
        height: Int? = nil
    ) {
        self.url = url
        self.thumbnail = thumbnail
        self.category = category
        self.type = type
        self.width = width
        self.height = height
    }

    public static let schemaName = "Image"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case url = "url"
        case thumbnail = "thumbnail"
        case category = "category"
        case type = "type"
        case width = "width"
        case height = "height"
    }
}
