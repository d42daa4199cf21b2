/// A CALLERROR error code: an open vocabulary, so codes outside the spec can be read and sent (ocpp.md §1.4).
public struct CallErrorCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    // OCPP-J 1.6 §4.2.3 and OCPP 2.0.1 Part 4 §4.3: codes shared by both versions.
    public static let notImplemented = CallErrorCode("NotImplemented")
    public static let notSupported = CallErrorCode("NotSupported")
    public static let internalError = CallErrorCode("InternalError")
    public static let protocolError = CallErrorCode("ProtocolError")
    public static let securityError = CallErrorCode("SecurityError")
    public static let propertyConstraintViolation = CallErrorCode("PropertyConstraintViolation")
    public static let typeConstraintViolation = CallErrorCode("TypeConstraintViolation")
    public static let genericError = CallErrorCode("GenericError")
    /// The single-r spelling the 1.6 errata keeps (and, per the library maintainers, 2.0.1 as well).
    public static let occurenceConstraintViolation = CallErrorCode("OccurenceConstraintViolation")
    /// The corrected spelling (OCPP 2.1); accepted on receipt as a synonym.
    public static let occurrenceConstraintViolation = CallErrorCode("OccurrenceConstraintViolation")
    /// OCPP-J 1.6 spelling (typo kept by the errata).
    public static let formationViolation = CallErrorCode("FormationViolation")
    /// OCPP 2.0.1 spelling.
    public static let formatViolation = CallErrorCode("FormatViolation")
    /// OCPP 2.0.1 only: unknown message type number.
    public static let messageTypeNotSupported = CallErrorCode("MessageTypeNotSupported")
    /// OCPP 2.0.1 only: not a valid RPC frame (e.g. message id unreadable).
    public static let rpcFrameworkError = CallErrorCode("RpcFrameworkError")

    /// The codes the spec of `version` defines, in spec order.
    public static func specified(in version: OCPPVersion) -> [CallErrorCode] {
        switch version {
        case .v16:
            [
                .notImplemented, .notSupported, .internalError, .protocolError, .securityError, .formationViolation,
                .propertyConstraintViolation, .occurenceConstraintViolation, .typeConstraintViolation, .genericError,
            ]
        case .v201:
            [
                .formatViolation, .genericError, .internalError, .messageTypeNotSupported, .notImplemented,
                .notSupported, .occurenceConstraintViolation, .propertyConstraintViolation, .protocolError,
                .rpcFrameworkError, .securityError, .typeConstraintViolation,
            ]
        }
    }

    /// The "syntactically wrong payload" code in `version`'s spelling.
    public static func formatViolation(in version: OCPPVersion) -> CallErrorCode {
        version == .v16 ? .formationViolation : .formatViolation
    }

    /// True when the code is in `version`'s vocabulary.
    public func isSpecified(in version: OCPPVersion) -> Bool {
        Self.specified(in: version).contains(self)
    }

    /// The code `version` specifies for the same meaning, when this one is a known synonym or
    /// other-version spelling (e.g. `FormatViolation` on a 1.6 link); nil when there is none.
    public func specSpelling(in version: OCPPVersion) -> CallErrorCode? {
        if isSpecified(in: version) { return self }
        switch self {
        case .formationViolation, .formatViolation: return .formatViolation(in: version)
        case .occurrenceConstraintViolation: return .occurenceConstraintViolation
        default: return nil
        }
    }
}
