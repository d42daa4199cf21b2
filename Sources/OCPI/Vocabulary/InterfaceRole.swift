/// OCPI 2.2.1 §6.2.3 InterfaceRole: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct InterfaceRole: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let sender = InterfaceRole(rawValue: "SENDER")
    public static let receiver = InterfaceRole(rawValue: "RECEIVER")

    public static let knownValues: [InterfaceRole] = [
        .sender,
        .receiver,
    ]
}
