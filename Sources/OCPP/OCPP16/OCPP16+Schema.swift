extension OCPP16 {
    /// The JSON-schema rules of every OCPP16 action modelled here (OCPP 1.6 §6), as data shared by
    /// the emulators, the central systems and the harness.
    public static let schema = OCPPSchema(
        version: .v16,
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
                action: "StartTransaction",
                initiator: .charger,
                request: Objects.startTransactionRequest,
                response: Objects.startTransactionResponse
            ),
            ActionSchema(
                action: "StopTransaction",
                initiator: .charger,
                request: Objects.stopTransactionRequest,
                response: Objects.stopTransactionResponse
            ),
            ActionSchema(
                action: "MeterValues",
                initiator: .charger,
                request: Objects.meterValuesRequest,
                response: Objects.meterValuesResponse
            ),
            ActionSchema(
                action: "DataTransfer",
                initiator: .either,
                request: Objects.dataTransferRequest,
                response: Objects.dataTransferResponse
            ),
            ActionSchema(
                action: "FirmwareStatusNotification",
                initiator: .charger,
                request: Objects.firmwareStatusNotificationRequest,
                response: Objects.firmwareStatusNotificationResponse
            ),
            ActionSchema(
                action: "RemoteStartTransaction",
                initiator: .centralSystem,
                request: Objects.remoteStartTransactionRequest,
                response: Objects.remoteStartTransactionResponse
            ),
            ActionSchema(
                action: "RemoteStopTransaction",
                initiator: .centralSystem,
                request: Objects.remoteStopTransactionRequest,
                response: Objects.remoteStopTransactionResponse
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
            ActionSchema(
                action: "ClearChargingProfile",
                initiator: .centralSystem,
                request: Objects.clearChargingProfileRequest,
                response: Objects.clearChargingProfileResponse
            ),
            ActionSchema(
                action: "GetConfiguration",
                initiator: .centralSystem,
                request: Objects.getConfigurationRequest,
                response: Objects.getConfigurationResponse
            ),
            ActionSchema(
                action: "ChangeConfiguration",
                initiator: .centralSystem,
                request: Objects.changeConfigurationRequest,
                response: Objects.changeConfigurationResponse
            ),
            ActionSchema(
                action: "UpdateFirmware",
                initiator: .centralSystem,
                request: Objects.updateFirmwareRequest,
                response: Objects.updateFirmwareResponse
            ),
        ]
    )

    /// One object rule per schema definition, named as in the schema files.
    enum Objects {
        /// `UnitOfMeasure` values the schema allows here.
        static let unitOfMeasureInTransactionData = [
            "Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K",
            "Celcius", "Celsius", "Fahrenheit", "Percent",
        ]
        static let idTagInfo = ObjectSchema(
            name: "IdTagInfo",
            fields: [
                FieldRule("expiryDate", .dateTime, required: false),
                FieldRule("parentIdTag", .string(maxLength: 20), required: false),
                FieldRule("status", .enumeration(OCPP16.AuthorizationStatus.allRawValues), required: true),
            ]
        )
        static let sampledValue = ObjectSchema(
            name: "SampledValue",
            fields: [
                FieldRule("value", .string(maxLength: nil), required: true),
                FieldRule("context", .enumeration(OCPP16.ReadingContext.allRawValues), required: false),
                FieldRule("format", .enumeration(OCPP16.ValueFormat.allRawValues), required: false),
                FieldRule("measurand", .enumeration(OCPP16.Measurand.allRawValues), required: false),
                FieldRule("phase", .enumeration(OCPP16.Phase.allRawValues), required: false),
                FieldRule("location", .enumeration(OCPP16.Location.allRawValues), required: false),
                FieldRule("unit", .enumeration(OCPP16.UnitOfMeasure.allRawValues), required: false),
            ]
        )
        static let meterValue = ObjectSchema(
            name: "MeterValue",
            fields: [
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule(
                    "sampledValue",
                    .array(of: .object(Objects.sampledValue), minItems: 1, maxItems: nil),
                    required: true
                ),
            ]
        )
        static let transactionSampledValue = ObjectSchema(
            name: "TransactionSampledValue",
            fields: [
                FieldRule("value", .string(maxLength: nil), required: true),
                FieldRule("context", .enumeration(OCPP16.ReadingContext.allRawValues), required: false),
                FieldRule("format", .enumeration(OCPP16.ValueFormat.allRawValues), required: false),
                FieldRule("measurand", .enumeration(OCPP16.Measurand.allRawValues), required: false),
                FieldRule("phase", .enumeration(OCPP16.Phase.allRawValues), required: false),
                FieldRule("location", .enumeration(OCPP16.Location.allRawValues), required: false),
                FieldRule("unit", .enumeration(Objects.unitOfMeasureInTransactionData), required: false),
            ]
        )
        static let transactionMeterValue = ObjectSchema(
            name: "TransactionMeterValue",
            fields: [
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule(
                    "sampledValue",
                    .array(of: .object(Objects.transactionSampledValue), minItems: 1, maxItems: nil),
                    required: true
                ),
            ]
        )
        static let chargingSchedulePeriod = ObjectSchema(
            name: "ChargingSchedulePeriod",
            fields: [
                FieldRule("startPeriod", .integer, required: true),
                FieldRule("limit", .number(maxFractionDigits: 1), required: true),
                FieldRule("numberPhases", .integer, required: false),
            ]
        )
        static let chargingSchedule = ObjectSchema(
            name: "ChargingSchedule",
            fields: [
                FieldRule("duration", .integer, required: false),
                FieldRule("startSchedule", .dateTime, required: false),
                FieldRule("chargingRateUnit", .enumeration(OCPP16.ChargingRateUnitType.allRawValues), required: true),
                FieldRule(
                    "chargingSchedulePeriod",
                    .array(of: .object(Objects.chargingSchedulePeriod), minItems: 1, maxItems: nil),
                    required: true
                ),
                FieldRule("minChargingRate", .number(maxFractionDigits: 1), required: false),
            ]
        )
        static let chargingProfile = ObjectSchema(
            name: "ChargingProfile",
            fields: [
                FieldRule("chargingProfileId", .integer, required: true),
                FieldRule("transactionId", .integer, required: false),
                FieldRule("stackLevel", .integer, required: true),
                FieldRule(
                    "chargingProfilePurpose",
                    .enumeration(OCPP16.ChargingProfilePurposeType.allRawValues),
                    required: true
                ),
                FieldRule(
                    "chargingProfileKind",
                    .enumeration(OCPP16.ChargingProfileKindType.allRawValues),
                    required: true
                ),
                FieldRule("recurrencyKind", .enumeration(OCPP16.RecurrencyKindType.allRawValues), required: false),
                FieldRule("validFrom", .dateTime, required: false),
                FieldRule("validTo", .dateTime, required: false),
                FieldRule("chargingSchedule", .object(Objects.chargingSchedule), required: true),
            ]
        )
        static let keyValue = ObjectSchema(
            name: "KeyValue",
            fields: [
                FieldRule("key", .string(maxLength: 50), required: true),
                FieldRule("readonly", .boolean, required: true),
                FieldRule("value", .string(maxLength: 500), required: false),
            ]
        )
        static let bootNotificationRequest = ObjectSchema(
            name: "BootNotificationRequest",
            fields: [
                FieldRule("chargePointVendor", .string(maxLength: 20), required: true),
                FieldRule("chargePointModel", .string(maxLength: 20), required: true),
                FieldRule("chargePointSerialNumber", .string(maxLength: 25), required: false),
                FieldRule("chargeBoxSerialNumber", .string(maxLength: 25), required: false),
                FieldRule("firmwareVersion", .string(maxLength: 50), required: false),
                FieldRule("iccid", .string(maxLength: 20), required: false),
                FieldRule("imsi", .string(maxLength: 20), required: false),
                FieldRule("meterType", .string(maxLength: 25), required: false),
                FieldRule("meterSerialNumber", .string(maxLength: 25), required: false),
            ]
        )
        static let bootNotificationResponse = ObjectSchema(
            name: "BootNotificationResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.RegistrationStatus.allRawValues), required: true),
                FieldRule("currentTime", .dateTime, required: true),
                FieldRule("interval", .integer, required: true),
            ]
        )
        static let heartbeatRequest = ObjectSchema(
            name: "HeartbeatRequest",
            fields: []
        )
        static let heartbeatResponse = ObjectSchema(
            name: "HeartbeatResponse",
            fields: [
                FieldRule("currentTime", .dateTime, required: true)
            ]
        )
        static let statusNotificationRequest = ObjectSchema(
            name: "StatusNotificationRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("errorCode", .enumeration(OCPP16.ChargePointErrorCode.allRawValues), required: true),
                FieldRule("info", .string(maxLength: 50), required: false),
                FieldRule("status", .enumeration(OCPP16.ChargePointStatus.allRawValues), required: true),
                FieldRule("timestamp", .dateTime, required: false),
                FieldRule("vendorId", .string(maxLength: 255), required: false),
                FieldRule("vendorErrorCode", .string(maxLength: 50), required: false),
            ]
        )
        static let statusNotificationResponse = ObjectSchema(
            name: "StatusNotificationResponse",
            fields: []
        )
        static let authorizeRequest = ObjectSchema(
            name: "AuthorizeRequest",
            fields: [
                FieldRule("idTag", .string(maxLength: 20), required: true)
            ]
        )
        static let authorizeResponse = ObjectSchema(
            name: "AuthorizeResponse",
            fields: [
                FieldRule("idTagInfo", .object(Objects.idTagInfo), required: true)
            ]
        )
        static let startTransactionRequest = ObjectSchema(
            name: "StartTransactionRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("idTag", .string(maxLength: 20), required: true),
                FieldRule("meterStart", .integer, required: true),
                FieldRule("reservationId", .integer, required: false),
                FieldRule("timestamp", .dateTime, required: true),
            ]
        )
        static let startTransactionResponse = ObjectSchema(
            name: "StartTransactionResponse",
            fields: [
                FieldRule("idTagInfo", .object(Objects.idTagInfo), required: true),
                FieldRule("transactionId", .integer, required: true),
            ]
        )
        static let stopTransactionRequest = ObjectSchema(
            name: "StopTransactionRequest",
            fields: [
                FieldRule("idTag", .string(maxLength: 20), required: false),
                FieldRule("meterStop", .integer, required: true),
                FieldRule("timestamp", .dateTime, required: true),
                FieldRule("transactionId", .integer, required: true),
                FieldRule("reason", .enumeration(OCPP16.Reason.allRawValues), required: false),
                FieldRule(
                    "transactionData",
                    .array(of: .object(Objects.transactionMeterValue), minItems: 0, maxItems: nil),
                    required: false
                ),
            ]
        )
        static let stopTransactionResponse = ObjectSchema(
            name: "StopTransactionResponse",
            fields: [
                FieldRule("idTagInfo", .object(Objects.idTagInfo), required: false)
            ]
        )
        static let meterValuesRequest = ObjectSchema(
            name: "MeterValuesRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("transactionId", .integer, required: false),
                FieldRule(
                    "meterValue",
                    .array(of: .object(Objects.meterValue), minItems: 1, maxItems: nil),
                    required: true
                ),
            ]
        )
        static let meterValuesResponse = ObjectSchema(
            name: "MeterValuesResponse",
            fields: []
        )
        static let dataTransferRequest = ObjectSchema(
            name: "DataTransferRequest",
            fields: [
                FieldRule("vendorId", .string(maxLength: 255), required: true),
                FieldRule("messageId", .string(maxLength: 50), required: false),
                FieldRule("data", .string(maxLength: nil), required: false),
            ]
        )
        static let dataTransferResponse = ObjectSchema(
            name: "DataTransferResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.DataTransferStatus.allRawValues), required: true),
                FieldRule("data", .string(maxLength: nil), required: false),
            ]
        )
        static let firmwareStatusNotificationRequest = ObjectSchema(
            name: "FirmwareStatusNotificationRequest",
            fields: [
                FieldRule("status", .enumeration(OCPP16.FirmwareStatus.allRawValues), required: true)
            ]
        )
        static let firmwareStatusNotificationResponse = ObjectSchema(
            name: "FirmwareStatusNotificationResponse",
            fields: []
        )
        static let remoteStartTransactionRequest = ObjectSchema(
            name: "RemoteStartTransactionRequest",
            fields: [
                FieldRule("connectorId", .integer, required: false),
                FieldRule("idTag", .string(maxLength: 20), required: true),
                FieldRule("chargingProfile", .object(Objects.chargingProfile), required: false),
            ]
        )
        static let remoteStartTransactionResponse = ObjectSchema(
            name: "RemoteStartTransactionResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.RemoteStartStopStatus.allRawValues), required: true)
            ]
        )
        static let remoteStopTransactionRequest = ObjectSchema(
            name: "RemoteStopTransactionRequest",
            fields: [
                FieldRule("transactionId", .integer, required: true)
            ]
        )
        static let remoteStopTransactionResponse = ObjectSchema(
            name: "RemoteStopTransactionResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.RemoteStartStopStatus.allRawValues), required: true)
            ]
        )
        static let unlockConnectorRequest = ObjectSchema(
            name: "UnlockConnectorRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true)
            ]
        )
        static let unlockConnectorResponse = ObjectSchema(
            name: "UnlockConnectorResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.UnlockStatus.allRawValues), required: true)
            ]
        )
        static let resetRequest = ObjectSchema(
            name: "ResetRequest",
            fields: [
                FieldRule("type", .enumeration(OCPP16.ResetType.allRawValues), required: true)
            ]
        )
        static let resetResponse = ObjectSchema(
            name: "ResetResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.ResetStatus.allRawValues), required: true)
            ]
        )
        static let changeAvailabilityRequest = ObjectSchema(
            name: "ChangeAvailabilityRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("type", .enumeration(OCPP16.AvailabilityType.allRawValues), required: true),
            ]
        )
        static let changeAvailabilityResponse = ObjectSchema(
            name: "ChangeAvailabilityResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.AvailabilityStatus.allRawValues), required: true)
            ]
        )
        static let triggerMessageRequest = ObjectSchema(
            name: "TriggerMessageRequest",
            fields: [
                FieldRule("requestedMessage", .enumeration(OCPP16.MessageTrigger.allRawValues), required: true),
                FieldRule("connectorId", .integer, required: false),
            ]
        )
        static let triggerMessageResponse = ObjectSchema(
            name: "TriggerMessageResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.TriggerMessageStatus.allRawValues), required: true)
            ]
        )
        static let reserveNowRequest = ObjectSchema(
            name: "ReserveNowRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("expiryDate", .dateTime, required: true),
                FieldRule("idTag", .string(maxLength: 20), required: true),
                FieldRule("parentIdTag", .string(maxLength: 20), required: false),
                FieldRule("reservationId", .integer, required: true),
            ]
        )
        static let reserveNowResponse = ObjectSchema(
            name: "ReserveNowResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.ReservationStatus.allRawValues), required: true)
            ]
        )
        static let cancelReservationRequest = ObjectSchema(
            name: "CancelReservationRequest",
            fields: [
                FieldRule("reservationId", .integer, required: true)
            ]
        )
        static let cancelReservationResponse = ObjectSchema(
            name: "CancelReservationResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.CancelReservationStatus.allRawValues), required: true)
            ]
        )
        static let setChargingProfileRequest = ObjectSchema(
            name: "SetChargingProfileRequest",
            fields: [
                FieldRule("connectorId", .integer, required: true),
                FieldRule("csChargingProfiles", .object(Objects.chargingProfile), required: true),
            ]
        )
        static let setChargingProfileResponse = ObjectSchema(
            name: "SetChargingProfileResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.ChargingProfileStatus.allRawValues), required: true)
            ]
        )
        static let clearChargingProfileRequest = ObjectSchema(
            name: "ClearChargingProfileRequest",
            fields: [
                FieldRule("id", .integer, required: false),
                FieldRule("connectorId", .integer, required: false),
                FieldRule(
                    "chargingProfilePurpose",
                    .enumeration(OCPP16.ChargingProfilePurposeType.allRawValues),
                    required: false
                ),
                FieldRule("stackLevel", .integer, required: false),
            ]
        )
        static let clearChargingProfileResponse = ObjectSchema(
            name: "ClearChargingProfileResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.ClearChargingProfileStatus.allRawValues), required: true)
            ]
        )
        static let getConfigurationRequest = ObjectSchema(
            name: "GetConfigurationRequest",
            fields: [
                FieldRule("key", .array(of: .string(maxLength: 50), minItems: 0, maxItems: nil), required: false)
            ]
        )
        static let getConfigurationResponse = ObjectSchema(
            name: "GetConfigurationResponse",
            fields: [
                FieldRule(
                    "configurationKey",
                    .array(of: .object(Objects.keyValue), minItems: 0, maxItems: nil),
                    required: false
                ),
                FieldRule(
                    "unknownKey",
                    .array(of: .string(maxLength: 50), minItems: 0, maxItems: nil),
                    required: false
                ),
            ]
        )
        static let changeConfigurationRequest = ObjectSchema(
            name: "ChangeConfigurationRequest",
            fields: [
                FieldRule("key", .string(maxLength: 50), required: true),
                FieldRule("value", .string(maxLength: 500), required: true),
            ]
        )
        static let changeConfigurationResponse = ObjectSchema(
            name: "ChangeConfigurationResponse",
            fields: [
                FieldRule("status", .enumeration(OCPP16.ConfigurationStatus.allRawValues), required: true)
            ]
        )
        static let updateFirmwareRequest = ObjectSchema(
            name: "UpdateFirmwareRequest",
            fields: [
                FieldRule("location", .uri, required: true),
                FieldRule("retries", .integer, required: false),
                FieldRule("retrieveDate", .dateTime, required: true),
                FieldRule("retryInterval", .integer, required: false),
            ]
        )
        static let updateFirmwareResponse = ObjectSchema(
            name: "UpdateFirmwareResponse",
            fields: []
        )
    }
}
