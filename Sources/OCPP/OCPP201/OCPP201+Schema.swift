extension OCPP201 {
    /// The JSON-schema rules of every OCPP201 action modelled here (OCPP 2.0.1 Part 2 §1), as data shared by
    /// the emulators, the central systems and the harness.
    public static let schema = OCPPSchema(
        version: .v201,
        actions: [
            ActionSchema(
                action: "BootNotification",
                initiator: .charger,
                request: Objects.bootNotificationRequest,
                response: Objects.bootNotificationResponse
            ),
            ActionSchema(
                action: "Heartbeat",
                initiator: .charger,
                request: Objects.heartbeatRequest,
                response: Objects.heartbeatResponse
            ),
            ActionSchema(
                action: "StatusNotification",
                initiator: .charger,
                request: Objects.statusNotificationRequest,
                response: Objects.statusNotificationResponse
            ),
            ActionSchema(
                action: "Authorize",
                initiator: .charger,
                request: Objects.authorizeRequest,
                response: Objects.authorizeResponse
            ),
            ActionSchema(
                action: "TransactionEvent",
                initiator: .charger,
                request: Objects.transactionEventRequest,
                response: Objects.transactionEventResponse
            ),
            ActionSchema(
                action: "MeterValues",
                initiator: .charger,
                request: Objects.meterValuesRequest,
                response: Objects.meterValuesResponse
            ),
            ActionSchema(
                action: "RequestStartTransaction",
                initiator: .centralSystem,
                request: Objects.requestStartTransactionRequest,
                response: Objects.requestStartTransactionResponse
            ),
            ActionSchema(
                action: "RequestStopTransaction",
                initiator: .centralSystem,
                request: Objects.requestStopTransactionRequest,
                response: Objects.requestStopTransactionResponse
            ),
            ActionSchema(
                action: "UnlockConnector",
                initiator: .centralSystem,
                request: Objects.unlockConnectorRequest,
                response: Objects.unlockConnectorResponse
            ),
            ActionSchema(
                action: "Reset",
                initiator: .centralSystem,
                request: Objects.resetRequest,
                response: Objects.resetResponse
            ),
            ActionSchema(
                action: "ChangeAvailability",
                initiator: .centralSystem,
                request: Objects.changeAvailabilityRequest,
                response: Objects.changeAvailabilityResponse
            ),
            ActionSchema(
                action: "TriggerMessage",
                initiator: .centralSystem,
                request: Objects.triggerMessageRequest,
                response: Objects.triggerMessageResponse
            ),
            ActionSchema(
                action: "ReserveNow",
                initiator: .centralSystem,
                request: Objects.reserveNowRequest,
                response: Objects.reserveNowResponse
            ),
            ActionSchema(
                action: "CancelReservation",
                initiator: .centralSystem,
                request: Objects.cancelReservationRequest,
                response: Objects.cancelReservationResponse
            ),
            ActionSchema(
                action: "SetChargingProfile",
                initiator: .centralSystem,
                request: Objects.setChargingProfileRequest,
                response: Objects.setChargingProfileResponse
            ),
        ]
    )

    /// One object rule per schema definition, named as in the schema files.
    enum Objects {
        static let customData = ObjectSchema(
            name: "CustomData",
            fields: [FieldRule("vendorId", .string(maxLength: 255), required: true)],
            allowsAdditionalProperties: true
        )
        static let modem = ObjectSchema(
            name: "Modem",
            fields: [
                FieldRule("iccid", .string(maxLength: 20), required: false),
                FieldRule("imsi", .string(maxLength: 20), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let chargingStation = ObjectSchema(
            name: "ChargingStation",
            fields: [
                FieldRule("serialNumber", .string(maxLength: 25), required: false),
                FieldRule("model", .string(maxLength: 20), required: true),
                FieldRule("modem", .object(Objects.modem), required: false),
                FieldRule("vendorName", .string(maxLength: 50), required: true),
                FieldRule("firmwareVersion", .string(maxLength: 50), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let statusInfo = ObjectSchema(
            name: "StatusInfo",
            fields: [
                FieldRule("reasonCode", .string(maxLength: 20), required: true),
                FieldRule("additionalInfo", .string(maxLength: 512), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let additionalInfo = ObjectSchema(
            name: "AdditionalInfo",
            fields: [
                FieldRule("additionalIdToken", .string(maxLength: 36), required: true),
                FieldRule("type", .string(maxLength: 50), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let idToken = ObjectSchema(
            name: "IdToken",
            fields: [
                FieldRule(
                    "additionalInfo",
                    .array(of: .object(Objects.additionalInfo), minItems: 1, maxItems: nil),
                    required: false
                ),
                FieldRule("idToken", .string(maxLength: 36), required: true),
                FieldRule("type", .enumeration(OCPP201.IdTokenType.allRawValues), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let messageContent = ObjectSchema(
            name: "MessageContent",
            fields: [
                FieldRule("format", .enumeration(OCPP201.MessageFormat.allRawValues), required: true),
                FieldRule("language", .string(maxLength: 8), required: false),
                FieldRule("content", .string(maxLength: 512), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let idTokenInfo = ObjectSchema(
            name: "IdTokenInfo",
            fields: [
                FieldRule("status", .enumeration(OCPP201.AuthorizationStatus.allRawValues), required: true),
                FieldRule("cacheExpiryDateTime", .dateTime, required: false),
                FieldRule("chargingPriority", .integer, required: false),
                FieldRule("language1", .string(maxLength: 8), required: false),
                FieldRule("evseId", .array(of: .integer, minItems: 1, maxItems: nil), required: false),
                FieldRule("groupIdToken", .object(Objects.idToken), required: false),
                FieldRule("language2", .string(maxLength: 8), required: false),
                FieldRule("personalMessage", .object(Objects.messageContent), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let ocspRequestData = ObjectSchema(
            name: "OCSPRequestData",
            fields: [
                FieldRule("hashAlgorithm", .enumeration(OCPP201.HashAlgorithm.allRawValues), required: true),
                FieldRule("issuerNameHash", .string(maxLength: 128), required: true),
                FieldRule("issuerKeyHash", .string(maxLength: 128), required: true),
                FieldRule("serialNumber", .string(maxLength: 40), required: true),
                FieldRule("responderURL", .string(maxLength: 512), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let evse = ObjectSchema(
            name: "EVSE",
            fields: [
                FieldRule("id", .integer, required: true),
                FieldRule("connectorId", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let transaction = ObjectSchema(
            name: "Transaction",
            fields: [
                FieldRule("transactionId", .string(maxLength: 36), required: true),
                FieldRule("chargingState", .enumeration(OCPP201.ChargingState.allRawValues), required: false),
                FieldRule("timeSpentCharging", .integer, required: false),
                FieldRule("stoppedReason", .enumeration(OCPP201.Reason.allRawValues), required: false),
                FieldRule("remoteStartId", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let signedMeterValue = ObjectSchema(
            name: "SignedMeterValue",
            fields: [
                FieldRule("signedMeterData", .string(maxLength: 2500), required: true),
                FieldRule("signingMethod", .string(maxLength: 50), required: true),
                FieldRule("encodingMethod", .string(maxLength: 50), required: true),
                FieldRule("publicKey", .string(maxLength: 2500), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let unitOfMeasure = ObjectSchema(
            name: "UnitOfMeasure",
            fields: [
                FieldRule("unit", .string(maxLength: 20), required: false),
                FieldRule("multiplier", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let sampledValue = ObjectSchema(
            name: "SampledValue",
            fields: [
                FieldRule("value", .number(maxFractionDigits: nil), required: true),
                FieldRule("context", .enumeration(OCPP201.ReadingContext.allRawValues), required: false),
                FieldRule("measurand", .enumeration(OCPP201.Measurand.allRawValues), required: false),
                FieldRule("phase", .enumeration(OCPP201.Phase.allRawValues), required: false),
                FieldRule("location", .enumeration(OCPP201.Location.allRawValues), required: false),
                FieldRule("signedMeterValue", .object(Objects.signedMeterValue), required: false),
                FieldRule("unitOfMeasure", .object(Objects.unitOfMeasure), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let meterValue = ObjectSchema(
            name: "MeterValue",
            fields: [
                FieldRule(
                    "sampledValue",
                    .array(of: .object(Objects.sampledValue), minItems: 1, maxItems: nil),
                    required: true
                ),
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let chargingSchedulePeriod = ObjectSchema(
            name: "ChargingSchedulePeriod",
            fields: [
                FieldRule("startPeriod", .integer, required: true),
                FieldRule("limit", .number(maxFractionDigits: nil), required: true),
                FieldRule("numberPhases", .integer, required: false),
                FieldRule("phaseToUse", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let relativeTimeInterval = ObjectSchema(
            name: "RelativeTimeInterval",
            fields: [
                FieldRule("start", .integer, required: true),
                FieldRule("duration", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let cost = ObjectSchema(
            name: "Cost",
            fields: [
                FieldRule("costKind", .enumeration(OCPP201.CostKind.allRawValues), required: true),
                FieldRule("amount", .integer, required: true),
                FieldRule("amountMultiplier", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let consumptionCost = ObjectSchema(
            name: "ConsumptionCost",
            fields: [
                FieldRule("startValue", .number(maxFractionDigits: nil), required: true),
                FieldRule("cost", .array(of: .object(Objects.cost), minItems: 1, maxItems: 3), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let salesTariffEntry = ObjectSchema(
            name: "SalesTariffEntry",
            fields: [
                FieldRule("relativeTimeInterval", .object(Objects.relativeTimeInterval), required: true),
                FieldRule("ePriceLevel", .integer, required: false),
                FieldRule(
                    "consumptionCost",
                    .array(of: .object(Objects.consumptionCost), minItems: 1, maxItems: 3),
                    required: false
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let salesTariff = ObjectSchema(
            name: "SalesTariff",
            fields: [
                FieldRule("id", .integer, required: true),
                FieldRule("salesTariffDescription", .string(maxLength: 32), required: false),
                FieldRule("numEPriceLevels", .integer, required: false),
                FieldRule(
                    "salesTariffEntry",
                    .array(of: .object(Objects.salesTariffEntry), minItems: 1, maxItems: 1024),
                    required: true
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let chargingSchedule = ObjectSchema(
            name: "ChargingSchedule",
            fields: [
                FieldRule("id", .integer, required: true),
                FieldRule("startSchedule", .dateTime, required: false),
                FieldRule("duration", .integer, required: false),
                FieldRule("chargingRateUnit", .enumeration(OCPP201.ChargingRateUnit.allRawValues), required: true),
                FieldRule(
                    "chargingSchedulePeriod",
                    .array(of: .object(Objects.chargingSchedulePeriod), minItems: 1, maxItems: 1024),
                    required: true
                ),
                FieldRule("minChargingRate", .number(maxFractionDigits: nil), required: false),
                FieldRule("salesTariff", .object(Objects.salesTariff), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let chargingProfile = ObjectSchema(
            name: "ChargingProfile",
            fields: [
                FieldRule("id", .integer, required: true),
                FieldRule("stackLevel", .integer, required: true),
                FieldRule(
                    "chargingProfilePurpose",
                    .enumeration(OCPP201.ChargingProfilePurpose.allRawValues),
                    required: true
                ),
                FieldRule(
                    "chargingProfileKind",
                    .enumeration(OCPP201.ChargingProfileKind.allRawValues),
                    required: true
                ),
                FieldRule("recurrencyKind", .enumeration(OCPP201.RecurrencyKind.allRawValues), required: false),
                FieldRule("validFrom", .dateTime, required: false),
                FieldRule("validTo", .dateTime, required: false),
                FieldRule("transactionId", .string(maxLength: 36), required: false),
                FieldRule(
                    "chargingSchedule",
                    .array(of: .object(Objects.chargingSchedule), minItems: 1, maxItems: 3),
                    required: true
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let bootNotificationRequest = ObjectSchema(
            name: "BootNotificationRequest",
            fields: [
                FieldRule("chargingStation", .object(Objects.chargingStation), required: true),
                FieldRule("reason", .enumeration(OCPP201.BootReason.allRawValues), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let bootNotificationResponse = ObjectSchema(
            name: "BootNotificationResponse",
            fields: [
                FieldRule("currentTime", .dateTime, required: true),
                FieldRule("interval", .integer, required: true),
                FieldRule("status", .enumeration(OCPP201.RegistrationStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let heartbeatRequest = ObjectSchema(
            name: "HeartbeatRequest",
            fields: [
                FieldRule("customData", .object(Objects.customData), required: false)
            ]
        )
        static let heartbeatResponse = ObjectSchema(
            name: "HeartbeatResponse",
            fields: [
                FieldRule("currentTime", .dateTime, required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let statusNotificationRequest = ObjectSchema(
            name: "StatusNotificationRequest",
            fields: [
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule("connectorStatus", .enumeration(OCPP201.ConnectorStatus.allRawValues), required: true),
                FieldRule("evseId", .integer, required: true),
                FieldRule("connectorId", .integer, required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let statusNotificationResponse = ObjectSchema(
            name: "StatusNotificationResponse",
            fields: [
                FieldRule("customData", .object(Objects.customData), required: false)
            ]
        )
        static let authorizeRequest = ObjectSchema(
            name: "AuthorizeRequest",
            fields: [
                FieldRule("idToken", .object(Objects.idToken), required: true),
                FieldRule("certificate", .string(maxLength: 5500), required: false),
                FieldRule(
                    "iso15118CertificateHashData",
                    .array(of: .object(Objects.ocspRequestData), minItems: 1, maxItems: 4),
                    required: false
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let authorizeResponse = ObjectSchema(
            name: "AuthorizeResponse",
            fields: [
                FieldRule("idTokenInfo", .object(Objects.idTokenInfo), required: true),
                FieldRule(
                    "certificateStatus",
                    .enumeration(OCPP201.AuthorizeCertificateStatus.allRawValues),
                    required: false
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let transactionEventRequest = ObjectSchema(
            name: "TransactionEventRequest",
            fields: [
                FieldRule("eventType", .enumeration(OCPP201.TransactionEventType.allRawValues), required: true),
                FieldRule(
                    "meterValue",
                    .array(of: .object(Objects.meterValue), minItems: 1, maxItems: nil),
                    required: false
                ),
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule("triggerReason", .enumeration(OCPP201.TriggerReason.allRawValues), required: true),
                FieldRule("seqNo", .integer, required: true),
                FieldRule("offline", .boolean, required: false),
                FieldRule("numberOfPhasesUsed", .integer, required: false),
                FieldRule("cableMaxCurrent", .integer, required: false),
                FieldRule("reservationId", .integer, required: false),
                FieldRule("transactionInfo", .object(Objects.transaction), required: true),
                FieldRule("evse", .object(Objects.evse), required: false),
                FieldRule("idToken", .object(Objects.idToken), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let transactionEventResponse = ObjectSchema(
            name: "TransactionEventResponse",
            fields: [
                FieldRule("totalCost", .number(maxFractionDigits: nil), required: false),
                FieldRule("chargingPriority", .integer, required: false),
                FieldRule("idTokenInfo", .object(Objects.idTokenInfo), required: false),
                FieldRule("updatedPersonalMessage", .object(Objects.messageContent), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let meterValuesRequest = ObjectSchema(
            name: "MeterValuesRequest",
            fields: [
                FieldRule("evseId", .integer, required: true),
                FieldRule(
                    "meterValue",
                    .array(of: .object(Objects.meterValue), minItems: 1, maxItems: nil),
                    required: true
                ),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let meterValuesResponse = ObjectSchema(
            name: "MeterValuesResponse",
            fields: [
                FieldRule("customData", .object(Objects.customData), required: false)
            ]
        )
        static let requestStartTransactionRequest = ObjectSchema(
            name: "RequestStartTransactionRequest",
            fields: [
                FieldRule("evseId", .integer, required: false),
                FieldRule("groupIdToken", .object(Objects.idToken), required: false),
                FieldRule("idToken", .object(Objects.idToken), required: true),
                FieldRule("remoteStartId", .integer, required: true),
                FieldRule("chargingProfile", .object(Objects.chargingProfile), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let requestStartTransactionResponse = ObjectSchema(
            name: "RequestStartTransactionResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.RequestStartStopStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("transactionId", .string(maxLength: 36), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let requestStopTransactionRequest = ObjectSchema(
            name: "RequestStopTransactionRequest",
            fields: [
                FieldRule("transactionId", .string(maxLength: 36), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let requestStopTransactionResponse = ObjectSchema(
            name: "RequestStopTransactionResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.RequestStartStopStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let unlockConnectorRequest = ObjectSchema(
            name: "UnlockConnectorRequest",
            fields: [
                FieldRule("evseId", .integer, required: true),
                FieldRule("connectorId", .integer, required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let unlockConnectorResponse = ObjectSchema(
            name: "UnlockConnectorResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.UnlockStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let resetRequest = ObjectSchema(
            name: "ResetRequest",
            fields: [
                FieldRule("type", .enumeration(OCPP201.ResetType.allRawValues), required: true),
                FieldRule("evseId", .integer, required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let resetResponse = ObjectSchema(
            name: "ResetResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.ResetStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let changeAvailabilityRequest = ObjectSchema(
            name: "ChangeAvailabilityRequest",
            fields: [
                FieldRule("evse", .object(Objects.evse), required: false),
                FieldRule("operationalStatus", .enumeration(OCPP201.OperationalStatus.allRawValues), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let changeAvailabilityResponse = ObjectSchema(
            name: "ChangeAvailabilityResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.ChangeAvailabilityStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let triggerMessageRequest = ObjectSchema(
            name: "TriggerMessageRequest",
            fields: [
                FieldRule("evse", .object(Objects.evse), required: false),
                FieldRule("requestedMessage", .enumeration(OCPP201.MessageTrigger.allRawValues), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let triggerMessageResponse = ObjectSchema(
            name: "TriggerMessageResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.TriggerMessageStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let reserveNowRequest = ObjectSchema(
            name: "ReserveNowRequest",
            fields: [
                FieldRule("id", .integer, required: true),
                FieldRule("expiryDateTime", .dateTime, required: true),
                FieldRule("connectorType", .enumeration(OCPP201.ConnectorType.allRawValues), required: false),
                FieldRule("idToken", .object(Objects.idToken), required: true),
                FieldRule("evseId", .integer, required: false),
                FieldRule("groupIdToken", .object(Objects.idToken), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let reserveNowResponse = ObjectSchema(
            name: "ReserveNowResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.ReserveNowStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let cancelReservationRequest = ObjectSchema(
            name: "CancelReservationRequest",
            fields: [
                FieldRule("reservationId", .integer, required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let cancelReservationResponse = ObjectSchema(
            name: "CancelReservationResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.CancelReservationStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let setChargingProfileRequest = ObjectSchema(
            name: "SetChargingProfileRequest",
            fields: [
                FieldRule("evseId", .integer, required: true),
                FieldRule("chargingProfile", .object(Objects.chargingProfile), required: true),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
        static let setChargingProfileResponse = ObjectSchema(
            name: "SetChargingProfileResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP201.ChargingProfileStatus.allRawValues), required: true),
                FieldRule("statusInfo", .object(Objects.statusInfo), required: false),
                FieldRule("customData", .object(Objects.customData), required: false),
            ]
        )
    }
}
