/// OCPI 2.2.1 §12.4.3 EnergyContract.
public struct EnergyContract: OCPIObject {
    public var supplierName: String
    public var contractID: String?

    public init(supplierName: String, contractID: String? = nil) {
        self.supplierName = supplierName
        self.contractID = contractID
    }

    public static let schemaName = "EnergyContract"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case supplierName = "supplier_name"
        case contractID = "contract_id"
    }
}
