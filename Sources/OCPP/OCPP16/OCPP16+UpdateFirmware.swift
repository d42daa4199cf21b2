public import Foundation

extension OCPP16 {
    /// The UpdateFirmware request (OCPP 1.6 §6), sent by the central system.
    public struct UpdateFirmwareRequest: OCPPRequest {
        public static let action = "UpdateFirmware"
        public typealias Response = UpdateFirmwareResponse

        public var location: String
        public var retries: Int?
        public var retrieveDate: Date
        public var retryInterval: Int?

        public init(location: String, retrieveDate: Date, retries: Int? = nil, retryInterval: Int? = nil) {
            self.location = location
            self.retries = retries
            self.retrieveDate = retrieveDate
            self.retryInterval = retryInterval
        }
    }

    /// The answer to `UpdateFirmwareRequest`.
    public struct UpdateFirmwareResponse: OCPPPayload {
        public init() {}
    }
}
