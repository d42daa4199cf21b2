extension OCPP16 {
    /// The typed request of every action modelled here, by action name (the response type is
    /// `Request.Response`): lets a receiver decode a CALL it has validated.
    public static let requestTypes: [String: any OCPPRequest.Type] = [
        "BootNotification": BootNotificationRequest.self,
        "Heartbeat": HeartbeatRequest.self,
        "StatusNotification": StatusNotificationRequest.self,
        "Authorize": AuthorizeRequest.self,
        "StartTransaction": StartTransactionRequest.self,
        "StopTransaction": StopTransactionRequest.self,
        "MeterValues": MeterValuesRequest.self,
        "DataTransfer": DataTransferRequest.self,
        "FirmwareStatusNotification": FirmwareStatusNotificationRequest.self,
        "RemoteStartTransaction": RemoteStartTransactionRequest.self,
        "RemoteStopTransaction": RemoteStopTransactionRequest.self,
        "UnlockConnector": UnlockConnectorRequest.self,
        "Reset": ResetRequest.self,
        "ChangeAvailability": ChangeAvailabilityRequest.self,
        "TriggerMessage": TriggerMessageRequest.self,
        "ReserveNow": ReserveNowRequest.self,
        "CancelReservation": CancelReservationRequest.self,
        "SetChargingProfile": SetChargingProfileRequest.self,
        "ClearChargingProfile": ClearChargingProfileRequest.self,
        "GetConfiguration": GetConfigurationRequest.self,
        "ChangeConfiguration": ChangeConfigurationRequest.self,
        "UpdateFirmware": UpdateFirmwareRequest.self,
    ]
}
