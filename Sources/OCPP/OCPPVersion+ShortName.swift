extension OCPPVersion {
    /// `1.6` or `2.0.1`, as users write it in charger profiles and on the command line.
    public var shortName: String { self == .v16 ? "1.6" : "2.0.1" }

    /// Reads `1.6`, `2.0.1` or the sub-protocol names `ocpp1.6`, `ocpp2.0.1`.
    public init?(shortName: String) {
        switch shortName {
        case "1.6", "ocpp1.6": self = .v16
        case "2.0.1", "ocpp2.0.1": self = .v201
        default: return nil
        }
    }
}
