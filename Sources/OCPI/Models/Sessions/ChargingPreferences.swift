public import Foundation

/// OCPI 2.2.1 §9.3.2 ChargingPreferences.
public struct ChargingPreferences: OCPIObject {
    public var profileType: ProfileType
    public var departureTime: Date?
    public var energyNeed: Decimal?
    public var dischargeAllowed: Bool?

    public init(
        profileType: ProfileType,
        departureTime: Date? = nil,
        energyNeed: Decimal? = nil,
        dischargeAllowed: Bool? = nil
    ) {
        self.profileType = profileType
        self.departureTime = departureTime
        self.energyNeed = energyNeed
        self.dischargeAllowed = dischargeAllowed
    }

    public static let schemaName = "ChargingPreferences"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case profileType = "profile_type"
        case departureTime = "departure_time"
        case energyNeed = "energy_need"
        case dischargeAllowed = "discharge_allowed"
    }
}
