public import Foundation

extension OCPP201 {
    /// The Heartbeat request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
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
