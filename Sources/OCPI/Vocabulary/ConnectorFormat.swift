/// OCPI 2.2.1 §8.4.4 ConnectorFormat: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ConnectorFormat: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let socket = ConnectorFormat(rawValue: "SOCKET")
    public static let cable = ConnectorFormat(rawValue: "CABLE")

    public static let knownValues: [ConnectorFormat] = [
        .socket,
        .cable,
    ]
}
