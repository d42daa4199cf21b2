public import Foundation

extension OCPP16 {
    /// The Heartbeat request (OCPP 1.6 §6), sent by the charge point.
    public struct HeartbeatRequest: OCPPRequest {
        public static let action = "Heartbeat"
        public typealias Response = HeartbeatResponse

        public init() {}
    }

    /// The answer to `HeartbeatRequest`.
    public struct HeartbeatResponse: OCPPPayload {
        public var currentTime: Date

        public init(currentTime: Date) {
            self.currentTime = currentTime
        }
    }
}
