extension OCPP16 {
    /// The DataTransfer request (OCPP 1.6 §6), sent by the either side.
    public struct DataTransferRequest: OCPPRequest {
        public static let action = "DataTransfer"
        public typealias Response = DataTransferResponse

        public var vendorId: String
        public var messageId: String?
        public var data: String?

        public init(vendorId: String, messageId: String? = nil, data: String? = nil) {
            self.vendorId = vendorId
            self.messageId = messageId
            self.data = data
        }
    }

    /// The answer to `DataTransferRequest`.
    public struct DataTransferResponse: OCPPPayload {
        public var status: DataTransferStatus
        public var data: String?

        public init(status: DataTransferStatus, data: String? = nil) {
            self.status = status
            self.data = data
        }
    }
}
