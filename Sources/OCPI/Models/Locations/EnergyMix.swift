/// OCPI 2.2.1 §8.4.6 EnergyMix.
public struct EnergyMix: OCPIObject {
    public var isGreenEnergy: Bool
    public var energySources: [EnergySource]?
    public var environImpact: [EnvironmentalImpact]?
    public var supplierName: String?
    public var energyProductName: String?

    public init(
        isGreenEnergy: Bool,
        energySources: [EnergySource]? = nil,
        environImpact: [EnvironmentalImpact]? = nil,
        supplierName: String? = nil,
        energyProductName: String? = nil
    ) {
        self.isGreenEnergy = isGreenEnergy
        self.energySources = energySources
        self.environImpact = environImpact
        self.supplierName = supplierName
        self.energyProductName = energyProductName
    }

    public static let schemaName = "EnergyMix"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case isGreenEnergy = "is_green_energy"
        case energySources = "energy_sources"
        case environImpact = "environ_impact"
        case supplierName = "supplier_name"
        case energyProductName = "energy_product_name"
    }
}
