extension OCPP201 {
    /// `BootReason` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct BootReason: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let applicationReset = Self(rawValue: "ApplicationReset")
        public static let firmwareUpdate = Self(rawValue: "FirmwareUpdate")
        public static let localReset = Self(rawValue: "LocalReset")
        public static let powerUp = Self(rawValue: "PowerUp")
        public static let remoteReset = Self(rawValue: "RemoteReset")
        public static let scheduledReset = Self(rawValue: "ScheduledReset")
        public static let triggered = Self(rawValue: "Triggered")
        public static let unknown = Self(rawValue: "Unknown")
        public static let watchdog = Self(rawValue: "Watchdog")

        public static let allRawValues = [
            "ApplicationReset", "FirmwareUpdate", "LocalReset", "PowerUp", "RemoteReset", "ScheduledReset",
            "Triggered", "Unknown", "Watchdog",
        ]
    }

    /// `RegistrationStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct RegistrationStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let pending = Self(rawValue: "Pending")
        public static let rejected = Self(rawValue: "Rejected")

        public static let allRawValues = [
            "Accepted", "Pending", "Rejected",
        ]
    }

    /// `ConnectorStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ConnectorStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let available = Self(rawValue: "Available")
        public static let occupied = Self(rawValue: "Occupied")
        public static let reserved = Self(rawValue: "Reserved")
        public static let unavailable = Self(rawValue: "Unavailable")
        public static let faulted = Self(rawValue: "Faulted")

        public static let allRawValues = [
            "Available", "Occupied", "Reserved", "Unavailable", "Faulted",
        ]
    }

    /// `IdTokenType` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct IdTokenType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let central = Self(rawValue: "Central")
        public static let eMAID = Self(rawValue: "eMAID")
        public static let iso14443 = Self(rawValue: "ISO14443")
        public static let iso15693 = Self(rawValue: "ISO15693")
        public static let keyCode = Self(rawValue: "KeyCode")
        public static let local = Self(rawValue: "Local")
        public static let macAddress = Self(rawValue: "MacAddress")
        public static let noAuthorization = Self(rawValue: "NoAuthorization")

        public static let allRawValues = [
            "Central", "eMAID", "ISO14443", "ISO15693", "KeyCode", "Local", "MacAddress", "NoAuthorization",
        ]
    }

    /// `AuthorizationStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct AuthorizationStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let blocked = Self(rawValue: "Blocked")
        public static let concurrentTx = Self(rawValue: "ConcurrentTx")
        public static let expired = Self(rawValue: "Expired")
        public static let invalid = Self(rawValue: "Invalid")
        public static let noCredit = Self(rawValue: "NoCredit")
        public static let notAllowedTypeEVSE = Self(rawValue: "NotAllowedTypeEVSE")
        public static let notAtThisLocation = Self(rawValue: "NotAtThisLocation")
        public static let notAtThisTime = Self(rawValue: "NotAtThisTime")
        public static let unknown = Self(rawValue: "Unknown")

        public static let allRawValues = [
            "Accepted", "Blocked", "ConcurrentTx", "Expired", "Invalid", "NoCredit", "NotAllowedTypeEVSE",
            "NotAtThisLocation", "NotAtThisTime", "Unknown",
        ]
    }

    /// `AuthorizeCertificateStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct AuthorizeCertificateStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let signatureError = Self(rawValue: "SignatureError")
        public static let certificateExpired = Self(rawValue: "CertificateExpired")
        public static let certificateRevoked = Self(rawValue: "CertificateRevoked")
        public static let noCertificateAvailable = Self(rawValue: "NoCertificateAvailable")
        public static let certChainError = Self(rawValue: "CertChainError")
        public static let contractCancelled = Self(rawValue: "ContractCancelled")

        public static let allRawValues = [
            "Accepted", "SignatureError", "CertificateExpired", "CertificateRevoked", "NoCertificateAvailable",
            "CertChainError", "ContractCancelled",
        ]
    }

    /// `HashAlgorithm` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct HashAlgorithm: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let sha256 = Self(rawValue: "SHA256")
        public static let sha384 = Self(rawValue: "SHA384")
        public static let sha512 = Self(rawValue: "SHA512")

        public static let allRawValues = [
            "SHA256", "SHA384", "SHA512",
        ]
    }

    /// `MessageFormat` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct MessageFormat: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let ascii = Self(rawValue: "ASCII")
        public static let html = Self(rawValue: "HTML")
        public static let uri = Self(rawValue: "URI")
        public static let utf8 = Self(rawValue: "UTF8")

        public static let allRawValues = [
            "ASCII", "HTML", "URI", "UTF8",
        ]
    }

    /// `TransactionEventType` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct TransactionEventType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let ended = Self(rawValue: "Ended")
        public static let started = Self(rawValue: "Started")
        public static let updated = Self(rawValue: "Updated")

        public static let allRawValues = [
            "Ended", "Started", "Updated",
        ]
    }

    /// `TriggerReason` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct TriggerReason: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let authorized = Self(rawValue: "Authorized")
        public static let cablePluggedIn = Self(rawValue: "CablePluggedIn")
        public static let chargingRateChanged = Self(rawValue: "ChargingRateChanged")
        public static let chargingStateChanged = Self(rawValue: "ChargingStateChanged")
        public static let deauthorized = Self(rawValue: "Deauthorized")
        public static let energyLimitReached = Self(rawValue: "EnergyLimitReached")
        public static let evCommunicationLost = Self(rawValue: "EVCommunicationLost")
        public static let evConnectTimeout = Self(rawValue: "EVConnectTimeout")
        public static let meterValueClock = Self(rawValue: "MeterValueClock")
        public static let meterValuePeriodic = Self(rawValue: "MeterValuePeriodic")
        public static let timeLimitReached = Self(rawValue: "TimeLimitReached")
        public static let trigger = Self(rawValue: "Trigger")
        public static let unlockCommand = Self(rawValue: "UnlockCommand")
        public static let stopAuthorized = Self(rawValue: "StopAuthorized")
        public static let evDeparted = Self(rawValue: "EVDeparted")
        public static let evDetected = Self(rawValue: "EVDetected")
        public static let remoteStop = Self(rawValue: "RemoteStop")
        public static let remoteStart = Self(rawValue: "RemoteStart")
        public static let abnormalCondition = Self(rawValue: "AbnormalCondition")
        public static let signedDataReceived = Self(rawValue: "SignedDataReceived")
        public static let resetCommand = Self(rawValue: "ResetCommand")

        public static let allRawValues = [
            "Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged", "Deauthorized",
            "EnergyLimitReached", "EVCommunicationLost", "EVConnectTimeout", "MeterValueClock", "MeterValuePeriodic",
            "TimeLimitReached", "Trigger", "UnlockCommand", "StopAuthorized", "EVDeparted", "EVDetected",
            "RemoteStop", "RemoteStart", "AbnormalCondition", "SignedDataReceived", "ResetCommand",
        ]
    }

    /// `ChargingState` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChargingState: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let charging = Self(rawValue: "Charging")
        public static let evConnected = Self(rawValue: "EVConnected")
        public static let suspendedEV = Self(rawValue: "SuspendedEV")
        public static let suspendedEVSE = Self(rawValue: "SuspendedEVSE")
        public static let idle = Self(rawValue: "Idle")

        public static let allRawValues = [
            "Charging", "EVConnected", "SuspendedEV", "SuspendedEVSE", "Idle",
        ]
    }

    /// `Reason` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct Reason: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let deAuthorized = Self(rawValue: "DeAuthorized")
        public static let emergencyStop = Self(rawValue: "EmergencyStop")
        public static let energyLimitReached = Self(rawValue: "EnergyLimitReached")
        public static let evDisconnected = Self(rawValue: "EVDisconnected")
        public static let groundFault = Self(rawValue: "GroundFault")
        public static let immediateReset = Self(rawValue: "ImmediateReset")
        public static let local = Self(rawValue: "Local")
        public static let localOutOfCredit = Self(rawValue: "LocalOutOfCredit")
        public static let masterPass = Self(rawValue: "MasterPass")
        public static let other = Self(rawValue: "Other")
        public static let overcurrentFault = Self(rawValue: "OvercurrentFault")
        public static let powerLoss = Self(rawValue: "PowerLoss")
        public static let powerQuality = Self(rawValue: "PowerQuality")
        public static let reboot = Self(rawValue: "Reboot")
        public static let remote = Self(rawValue: "Remote")
        public static let socLimitReached = Self(rawValue: "SOCLimitReached")
        public static let stoppedByEV = Self(rawValue: "StoppedByEV")
        public static let timeLimitReached = Self(rawValue: "TimeLimitReached")
        public static let timeout = Self(rawValue: "Timeout")

        public static let allRawValues = [
            "DeAuthorized", "EmergencyStop", "EnergyLimitReached", "EVDisconnected", "GroundFault", "ImmediateReset",
            "Local", "LocalOutOfCredit", "MasterPass", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality",
            "Reboot", "Remote", "SOCLimitReached", "StoppedByEV", "TimeLimitReached", "Timeout",
        ]
    }

    /// `ReadingContext` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ReadingContext: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let interruptionBegin = Self(rawValue: "Interruption.Begin")
        public static let interruptionEnd = Self(rawValue: "Interruption.End")
        public static let other = Self(rawValue: "Other")
        public static let sampleClock = Self(rawValue: "Sample.Clock")
        public static let samplePeriodic = Self(rawValue: "Sample.Periodic")
        public static let transactionBegin = Self(rawValue: "Transaction.Begin")
        public static let transactionEnd = Self(rawValue: "Transaction.End")
        public static let trigger = Self(rawValue: "Trigger")

        public static let allRawValues = [
            "Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin",
            "Transaction.End", "Trigger",
        ]
    }

    /// `Measurand` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct Measurand: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let currentExport = Self(rawValue: "Current.Export")
        public static let currentImport = Self(rawValue: "Current.Import")
        public static let currentOffered = Self(rawValue: "Current.Offered")
        public static let energyActiveExportRegister = Self(rawValue: "Energy.Active.Export.Register")
        public static let energyActiveImportRegister = Self(rawValue: "Energy.Active.Import.Register")
        public static let energyReactiveExportRegister = Self(rawValue: "Energy.Reactive.Export.Register")
        public static let energyReactiveImportRegister = Self(rawValue: "Energy.Reactive.Import.Register")
        public static let energyActiveExportInterval = Self(rawValue: "Energy.Active.Export.Interval")
        public static let energyActiveImportInterval = Self(rawValue: "Energy.Active.Import.Interval")
        public static let energyActiveNet = Self(rawValue: "Energy.Active.Net")
        public static let energyReactiveExportInterval = Self(rawValue: "Energy.Reactive.Export.Interval")
        public static let energyReactiveImportInterval = Self(rawValue: "Energy.Reactive.Import.Interval")
        public static let energyReactiveNet = Self(rawValue: "Energy.Reactive.Net")
        public static let energyApparentNet = Self(rawValue: "Energy.Apparent.Net")
        public static let energyApparentImport = Self(rawValue: "Energy.Apparent.Import")
        public static let energyApparentExport = Self(rawValue: "Energy.Apparent.Export")
        public static let frequency = Self(rawValue: "Frequency")
        public static let powerActiveExport = Self(rawValue: "Power.Active.Export")
        public static let powerActiveImport = Self(rawValue: "Power.Active.Import")
        public static let powerFactor = Self(rawValue: "Power.Factor")
        public static let powerOffered = Self(rawValue: "Power.Offered")
        public static let powerReactiveExport = Self(rawValue: "Power.Reactive.Export")
        public static let powerReactiveImport = Self(rawValue: "Power.Reactive.Import")
        public static let soC = Self(rawValue: "SoC")
        public static let voltage = Self(rawValue: "Voltage")

        public static let allRawValues = [
            "Current.Export", "Current.Import", "Current.Offered", "Energy.Active.Export.Register",
            "Energy.Active.Import.Register", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register",
            "Energy.Active.Export.Interval", "Energy.Active.Import.Interval", "Energy.Active.Net",
            "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Energy.Reactive.Net",
            "Energy.Apparent.Net", "Energy.Apparent.Import", "Energy.Apparent.Export", "Frequency",
            "Power.Active.Export", "Power.Active.Import", "Power.Factor", "Power.Offered", "Power.Reactive.Export",
            "Power.Reactive.Import", "SoC", "Voltage",
        ]
    }

    /// `Phase` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct Phase: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let l1 = Self(rawValue: "L1")
        public static let l2 = Self(rawValue: "L2")
        public static let l3 = Self(rawValue: "L3")
        public static let n = Self(rawValue: "N")
        public static let l1N = Self(rawValue: "L1-N")
        public static let l2N = Self(rawValue: "L2-N")
        public static let l3N = Self(rawValue: "L3-N")
        public static let l1L2 = Self(rawValue: "L1-L2")
        public static let l2L3 = Self(rawValue: "L2-L3")
        public static let l3L1 = Self(rawValue: "L3-L1")

        public static let allRawValues = [
            "L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1",
        ]
    }

    /// `Location` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct Location: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let body = Self(rawValue: "Body")
        public static let cable = Self(rawValue: "Cable")
        public static let ev = Self(rawValue: "EV")
        public static let inlet = Self(rawValue: "Inlet")
        public static let outlet = Self(rawValue: "Outlet")

        public static let allRawValues = [
            "Body", "Cable", "EV", "Inlet", "Outlet",
        ]
    }

    /// `RequestStartStopStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct RequestStartStopStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")

        public static let allRawValues = [
            "Accepted", "Rejected",
        ]
    }

    /// `UnlockStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct UnlockStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let unlocked = Self(rawValue: "Unlocked")
        public static let unlockFailed = Self(rawValue: "UnlockFailed")
        public static let ongoingAuthorizedTransaction = Self(rawValue: "OngoingAuthorizedTransaction")
        public static let unknownConnector = Self(rawValue: "UnknownConnector")

        public static let allRawValues = [
            "Unlocked", "UnlockFailed", "OngoingAuthorizedTransaction", "UnknownConnector",
        ]
    }

    /// `ResetType` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ResetType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let immediate = Self(rawValue: "Immediate")
        public static let onIdle = Self(rawValue: "OnIdle")

        public static let allRawValues = [
            "Immediate", "OnIdle",
        ]
    }

    /// `ResetStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ResetStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let scheduled = Self(rawValue: "Scheduled")

        public static let allRawValues = [
            "Accepted", "Rejected", "Scheduled",
        ]
    }

    /// `OperationalStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct OperationalStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let inoperative = Self(rawValue: "Inoperative")
        public static let operative = Self(rawValue: "Operative")

        public static let allRawValues = [
            "Inoperative", "Operative",
        ]
    }

    /// `ChangeAvailabilityStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChangeAvailabilityStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let scheduled = Self(rawValue: "Scheduled")

        public static let allRawValues = [
            "Accepted", "Rejected", "Scheduled",
        ]
    }

    /// `MessageTrigger` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct MessageTrigger: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let bootNotification = Self(rawValue: "BootNotification")
        public static let logStatusNotification = Self(rawValue: "LogStatusNotification")
        public static let firmwareStatusNotification = Self(rawValue: "FirmwareStatusNotification")
        public static let heartbeat = Self(rawValue: "Heartbeat")
        public static let meterValues = Self(rawValue: "MeterValues")
        public static let signChargingStationCertificate = Self(rawValue: "SignChargingStationCertificate")
        public static let signV2GCertificate = Self(rawValue: "SignV2GCertificate")
        public static let statusNotification = Self(rawValue: "StatusNotification")
        public static let transactionEvent = Self(rawValue: "TransactionEvent")
        public static let signCombinedCertificate = Self(rawValue: "SignCombinedCertificate")
        public static let publishFirmwareStatusNotification = Self(rawValue: "PublishFirmwareStatusNotification")

        public static let allRawValues = [
            "BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues",
            "SignChargingStationCertificate", "SignV2GCertificate", "StatusNotification", "TransactionEvent",
            "SignCombinedCertificate", "PublishFirmwareStatusNotification",
        ]
    }

    /// `TriggerMessageStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct TriggerMessageStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let notImplemented = Self(rawValue: "NotImplemented")

        public static let allRawValues = [
            "Accepted", "Rejected", "NotImplemented",
        ]
    }

    /// `ConnectorType` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ConnectorType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let cCCS1 = Self(rawValue: "cCCS1")
        public static let cCCS2 = Self(rawValue: "cCCS2")
        public static let cG105 = Self(rawValue: "cG105")
        public static let cTesla = Self(rawValue: "cTesla")
        public static let cType1 = Self(rawValue: "cType1")
        public static let cType2 = Self(rawValue: "cType2")
        public static let s3091P16A = Self(rawValue: "s309-1P-16A")
        public static let s3091P32A = Self(rawValue: "s309-1P-32A")
        public static let s3093P16A = Self(rawValue: "s309-3P-16A")
        public static let s3093P32A = Self(rawValue: "s309-3P-32A")
        public static let sBS1361 = Self(rawValue: "sBS1361")
        public static let sCEE77 = Self(rawValue: "sCEE-7-7")
        public static let sType2 = Self(rawValue: "sType2")
        public static let sType3 = Self(rawValue: "sType3")
        public static let other1PhMax16A = Self(rawValue: "Other1PhMax16A")
        public static let other1PhOver16A = Self(rawValue: "Other1PhOver16A")
        public static let other3Ph = Self(rawValue: "Other3Ph")
        public static let pan = Self(rawValue: "Pan")
        public static let wInductive = Self(rawValue: "wInductive")
        public static let wResonant = Self(rawValue: "wResonant")
        public static let undetermined = Self(rawValue: "Undetermined")
        public static let unknown = Self(rawValue: "Unknown")

        public static let allRawValues = [
            "cCCS1", "cCCS2", "cG105", "cTesla", "cType1", "cType2", "s309-1P-16A", "s309-1P-32A", "s309-3P-16A",
            "s309-3P-32A", "sBS1361", "sCEE-7-7", "sType2", "sType3", "Other1PhMax16A", "Other1PhOver16A", "Other3Ph",
            "Pan", "wInductive", "wResonant", "Undetermined", "Unknown",
        ]
    }

    /// `ReserveNowStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ReserveNowStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let faulted = Self(rawValue: "Faulted")
        public static let occupied = Self(rawValue: "Occupied")
        public static let rejected = Self(rawValue: "Rejected")
        public static let unavailable = Self(rawValue: "Unavailable")

        public static let allRawValues = [
            "Accepted", "Faulted", "Occupied", "Rejected", "Unavailable",
        ]
    }

    /// `CancelReservationStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct CancelReservationStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")

        public static let allRawValues = [
            "Accepted", "Rejected",
        ]
    }

    /// `ChargingProfilePurpose` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChargingProfilePurpose: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let chargingStationExternalConstraints = Self(rawValue: "ChargingStationExternalConstraints")
        public static let chargingStationMaxProfile = Self(rawValue: "ChargingStationMaxProfile")
        public static let txDefaultProfile = Self(rawValue: "TxDefaultProfile")
        public static let txProfile = Self(rawValue: "TxProfile")

        public static let allRawValues = [
            "ChargingStationExternalConstraints", "ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile",
        ]
    }

    /// `ChargingProfileKind` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChargingProfileKind: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let absolute = Self(rawValue: "Absolute")
        public static let recurring = Self(rawValue: "Recurring")
        public static let relative = Self(rawValue: "Relative")

        public static let allRawValues = [
            "Absolute", "Recurring", "Relative",
        ]
    }

    /// `RecurrencyKind` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct RecurrencyKind: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let daily = Self(rawValue: "Daily")
        public static let weekly = Self(rawValue: "Weekly")

        public static let allRawValues = [
            "Daily", "Weekly",
        ]
    }

    /// `ChargingRateUnit` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChargingRateUnit: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let w = Self(rawValue: "W")
        public static let a = Self(rawValue: "A")

        public static let allRawValues = [
            "W", "A",
        ]
    }

    /// `CostKind` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct CostKind: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let carbonDioxideEmission = Self(rawValue: "CarbonDioxideEmission")
        public static let relativePricePercentage = Self(rawValue: "RelativePricePercentage")
        public static let renewableGenerationPercentage = Self(rawValue: "RenewableGenerationPercentage")

        public static let allRawValues = [
            "CarbonDioxideEmission", "RelativePricePercentage", "RenewableGenerationPercentage",
        ]
    }

    /// `ChargingProfileStatus` (OCPP 2.0.1 Part 2 §3); open: unknown values are kept as read.
    public struct ChargingProfileStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")

        public static let allRawValues = [
            "Accepted", "Rejected",
        ]
    }
}
