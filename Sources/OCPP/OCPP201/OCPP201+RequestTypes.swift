extension OCPP201 {
    /// The typed request of every action modelled here, by action name (the response type is
    /// `Request.Response`): lets a receiver decode a CALL it has validated.
    public static let requestTypes: [String: any OCPPRequest.Type] = [
        "BootNotification": BootNotificationRequest.self,
        "Heartbeat": HeartbeatRequest.self,
        "StatusNotification": StatusNotificationRequest.self,
        "Authorize": AuthorizeRequest.self,
        "TransactionEvent": TransactionEventRequest.self,
        "MeterValues": MeterValuesRequest.self,
        "RequestStartTransaction": RequestStartTransactionRequest.self,
        "RequestStopTransaction": RequestStopTransactionRequest.self,
        "UnlockConnector": UnlockConnectorRequest.self,
        "Reset": ResetRequest.self,
        "ChangeAvailability": ChangeAvailabilityRequest.self,
        "TriggerMessage": TriggerMessageRequest.self,
        "ReserveNow": ReserveNowRequest.self,
        "CancelReservation": CancelReservationRequest.self,
        "SetChargingProfile": SetChargingProfileRequest.self,
    ]
}
