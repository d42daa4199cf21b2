/// An OCPI status code (OCPI 2.2.1 §5), kept open: any integer decodes.
public struct OCPIStatusCode: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByIntegerLiteral,
    CustomStringConvertible
{
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public init(integerLiteral value: Int) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { String(rawValue) }

    // §5.1 success, §5.2 client errors, §5.3 server errors, §5.4 hub errors.
    public static let success: OCPIStatusCode = 1000
    public static let clientError: OCPIStatusCode = 2000
    public static let invalidParameters: OCPIStatusCode = 2001
    public static let notEnoughInformation: OCPIStatusCode = 2002
    public static let unknownLocation: OCPIStatusCode = 2003
    public static let unknownToken: OCPIStatusCode = 2004
    public static let serverError: OCPIStatusCode = 3000
    public static let unableToUseClientAPI: OCPIStatusCode = 3001
    public static let unsupportedVersion: OCPIStatusCode = 3002
    public static let noMatchingEndpoints: OCPIStatusCode = 3003
    public static let hubError: OCPIStatusCode = 4000
    public static let unknownReceiver: OCPIStatusCode = 4001
    public static let hubTimeout: OCPIStatusCode = 4002
    public static let hubConnectionProblem: OCPIStatusCode = 4003

    /// The class of the code: 1xxx success, 2xxx client error, 3xxx server error, 4xxx hub error.
    public var isSuccess: Bool { (1000...1999).contains(rawValue) }

    /// True for the codes §5 defines, including the custom ranges x900–x999.
    public var isDefined: Bool {
        let defined: Set<Int> = [1000, 2000, 2001, 2002, 2003, 2004, 3000, 3001, 3002, 3003, 4000, 4001, 4002, 4003]
        return defined.contains(rawValue) || (1...4).contains(rawValue / 1000) && rawValue % 1000 >= 900
    }
}
