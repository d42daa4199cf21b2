extension OCPP16 {
    /// `RegistrationStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
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

    /// `AuthorizationStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct AuthorizationStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let blocked = Self(rawValue: "Blocked")
        public static let expired = Self(rawValue: "Expired")
        public static let invalid = Self(rawValue: "Invalid")
        public static let concurrentTx = Self(rawValue: "ConcurrentTx")

        public static let allRawValues = [
            "Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx",
        ]
    }

    /// `ChargePointStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargePointStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let available = Self(rawValue: "Available")
        public static let preparing = Self(rawValue: "Preparing")
        public static let charging = Self(rawValue: "Charging")
        public static let suspendedEVSE = Self(rawValue: "SuspendedEVSE")
        public static let suspendedEV = Self(rawValue: "SuspendedEV")
        public static let finishing = Self(rawValue: "Finishing")
        public static let reserved = Self(rawValue: "Reserved")
        public static let unavailable = Self(rawValue: "Unavailable")
        public static let faulted = Self(rawValue: "Faulted")

        public static let allRawValues = [
            "Available", "Preparing", "Charging", "SuspendedEVSE", "SuspendedEV", "Finishing", "Reserved",
            "Unavailable", "Faulted",
        ]
    }

    /// `ChargePointErrorCode` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargePointErrorCode: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let connectorLockFailure = Self(rawValue: "ConnectorLockFailure")
        public static let evCommunicationError = Self(rawValue: "EVCommunicationError")
        public static let groundFailure = Self(rawValue: "GroundFailure")
        public static let highTemperature = Self(rawValue: "HighTemperature")
        public static let internalError = Self(rawValue: "InternalError")
        public static let localListConflict = Self(rawValue: "LocalListConflict")
        public static let noError = Self(rawValue: "NoError")
        public static let otherError = Self(rawValue: "OtherError")
        public static let overCurrentFailure = Self(rawValue: "OverCurrentFailure")
        public static let powerMeterFailure = Self(rawValue: "PowerMeterFailure")
        public static let powerSwitchFailure = Self(rawValue: "PowerSwitchFailure")
        public static let readerFailure = Self(rawValue: "ReaderFailure")
        public static let resetFailure = Self(rawValue: "ResetFailure")
        public static let underVoltage = Self(rawValue: "UnderVoltage")
        public static let overVoltage = Self(rawValue: "OverVoltage")
        public static let weakSignal = Self(rawValue: "WeakSignal")

        public static let allRawValues = [
            "ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "HighTemperature", "InternalError",
            "LocalListConflict", "NoError", "OtherError", "OverCurrentFailure", "PowerMeterFailure",
            "PowerSwitchFailure", "ReaderFailure", "ResetFailure", "UnderVoltage", "OverVoltage", "WeakSignal",
        ]
    }

    /// `Reason` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct Reason: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let emergencyStop = Self(rawValue: "EmergencyStop")
        public static let evDisconnected = Self(rawValue: "EVDisconnected")
        public static let hardReset = Self(rawValue: "HardReset")
        public static let local = Self(rawValue: "Local")
        public static let other = Self(rawValue: "Other")
        public static let powerLoss = Self(rawValue: "PowerLoss")
        public static let reboot = Self(rawValue: "Reboot")
        public static let remote = Self(rawValue: "Remote")
        public static let softReset = Self(rawValue: "SoftReset")
        public static let unlockCommand = Self(rawValue: "UnlockCommand")
        public static let deAuthorized = Self(rawValue: "DeAuthorized")

        public static let allRawValues = [
            "EmergencyStop", "EVDisconnected", "HardReset", "Local", "Other", "PowerLoss", "Reboot", "Remote",
            "SoftReset", "UnlockCommand", "DeAuthorized",
        ]
    }

    /// `ReadingContext` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ReadingContext: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let interruptionBegin = Self(rawValue: "Interruption.Begin")
        public static let interruptionEnd = Self(rawValue: "Interruption.End")
        public static let sampleClock = Self(rawValue: "Sample.Clock")
        public static let samplePeriodic = Self(rawValue: "Sample.Periodic")
        public static let transactionBegin = Self(rawValue: "Transaction.Begin")
        public static let transactionEnd = Self(rawValue: "Transaction.End")
        public static let trigger = Self(rawValue: "Trigger")
        public static let other = Self(rawValue: "Other")

        public static let allRawValues = [
            "Interruption.Begin", "Interruption.End", "Sample.Clock", "Sample.Periodic", "Transaction.Begin",
            "Transaction.End", "Trigger", "Other",
        ]
    }

    /// `ValueFormat` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ValueFormat: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let raw = Self(rawValue: "Raw")
        public static let signedData = Self(rawValue: "SignedData")

        public static let allRawValues = [
            "Raw", "SignedData",
        ]
    }

    /// `Measurand` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct Measurand: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let energyActiveExportRegister = Self(rawValue: "Energy.Active.Export.Register")
        public static let energyActiveImportRegister = Self(rawValue: "Energy.Active.Import.Register")
        public static let energyReactiveExportRegister = Self(rawValue: "Energy.Reactive.Export.Register")
        public static let energyReactiveImportRegister = Self(rawValue: "Energy.Reactive.Import.Register")
        public static let energyActiveExportInterval = Self(rawValue: "Energy.Active.Export.Interval")
        public static let energyActiveImportInterval = Self(rawValue: "Energy.Active.Import.Interval")
        public static let energyReactiveExportInterval = Self(rawValue: "Energy.Reactive.Export.Interval")
        public static let energyReactiveImportInterval = Self(rawValue: "Energy.Reactive.Import.Interval")
        public static let powerActiveExport = Self(rawValue: "Power.Active.Export")
        public static let powerActiveImport = Self(rawValue: "Power.Active.Import")
        public static let powerOffered = Self(rawValue: "Power.Offered")
        public static let powerReactiveExport = Self(rawValue: "Power.Reactive.Export")
        public static let powerReactiveImport = Self(rawValue: "Power.Reactive.Import")
        public static let powerFactor = Self(rawValue: "Power.Factor")
        public static let currentImport = Self(rawValue: "Current.Import")
        public static let currentExport = Self(rawValue: "Current.Export")
        public static let currentOffered = Self(rawValue: "Current.Offered")
        public static let voltage = Self(rawValue: "Voltage")
        public static let frequency = Self(rawValue: "Frequency")
        public static let temperature = Self(rawValue: "Temperature")
        public static let soC = Self(rawValue: "SoC")
        public static let rpm = Self(rawValue: "RPM")

        public static let allRawValues = [
            "Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register",
            "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval",
            "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Power.Active.Export",
            "Power.Active.Import", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "Power.Factor",
            "Current.Import", "Current.Export", "Current.Offered", "Voltage", "Frequency", "Temperature", "SoC",
            "RPM",
        ]
    }

    /// `Phase` (OCPP 1.6 §7); open: unknown values are kept as read.
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

    /// `Location` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct Location: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let cable = Self(rawValue: "Cable")
        public static let ev = Self(rawValue: "EV")
        public static let inlet = Self(rawValue: "Inlet")
        public static let outlet = Self(rawValue: "Outlet")
        public static let body = Self(rawValue: "Body")

        public static let allRawValues = [
            "Cable", "EV", "Inlet", "Outlet", "Body",
        ]
    }

    /// `UnitOfMeasure` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct UnitOfMeasure: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let wh = Self(rawValue: "Wh")
        public static let kWh = Self(rawValue: "kWh")
        public static let varh = Self(rawValue: "varh")
        public static let kvarh = Self(rawValue: "kvarh")
        public static let w = Self(rawValue: "W")
        public static let kW = Self(rawValue: "kW")
        public static let va = Self(rawValue: "VA")
        public static let kVA = Self(rawValue: "kVA")
        public static let `var` = Self(rawValue: "var")
        public static let kvar = Self(rawValue: "kvar")
        public static let a = Self(rawValue: "A")
        public static let v = Self(rawValue: "V")
        public static let k = Self(rawValue: "K")
        public static let celcius = Self(rawValue: "Celcius")
        public static let celsius = Self(rawValue: "Celsius")
        public static let fahrenheit = Self(rawValue: "Fahrenheit")
        public static let percent = Self(rawValue: "Percent")
        public static let hertz = Self(rawValue: "Hertz")

        public static let allRawValues = [
            "Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius",
            "Fahrenheit", "Percent", "Hertz",
        ]
    }

    /// `DataTransferStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct DataTransferStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let unknownMessageId = Self(rawValue: "UnknownMessageId")
        public static let unknownVendorId = Self(rawValue: "UnknownVendorId")

        public static let allRawValues = [
            "Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId",
        ]
    }

    /// `FirmwareStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct FirmwareStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let downloaded = Self(rawValue: "Downloaded")
        public static let downloadFailed = Self(rawValue: "DownloadFailed")
        public static let downloading = Self(rawValue: "Downloading")
        public static let idle = Self(rawValue: "Idle")
        public static let installationFailed = Self(rawValue: "InstallationFailed")
        public static let installing = Self(rawValue: "Installing")
        public static let installed = Self(rawValue: "Installed")

        public static let allRawValues = [
            "Downloaded", "DownloadFailed", "Downloading", "Idle", "InstallationFailed", "Installing", "Installed",
        ]
    }

    /// `RemoteStartStopStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct RemoteStartStopStatus: OCPPEnumeration {
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

    /// `UnlockStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct UnlockStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let unlocked = Self(rawValue: "Unlocked")
        public static let unlockFailed = Self(rawValue: "UnlockFailed")
        public static let notSupported = Self(rawValue: "NotSupported")

        public static let allRawValues = [
            "Unlocked", "UnlockFailed", "NotSupported",
        ]
    }

    /// `ResetType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ResetType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let hard = Self(rawValue: "Hard")
        public static let soft = Self(rawValue: "Soft")

        public static let allRawValues = [
            "Hard", "Soft",
        ]
    }

    /// `ResetStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ResetStatus: OCPPEnumeration {
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

    /// `AvailabilityType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct AvailabilityType: OCPPEnumeration {
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

    /// `AvailabilityStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct AvailabilityStatus: OCPPEnumeration {
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

    /// `MessageTrigger` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct MessageTrigger: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let bootNotification = Self(rawValue: "BootNotification")
        public static let diagnosticsStatusNotification = Self(rawValue: "DiagnosticsStatusNotification")
        public static let firmwareStatusNotification = Self(rawValue: "FirmwareStatusNotification")
        public static let heartbeat = Self(rawValue: "Heartbeat")
        public static let meterValues = Self(rawValue: "MeterValues")
        public static let statusNotification = Self(rawValue: "StatusNotification")

        public static let allRawValues = [
            "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
            "MeterValues", "StatusNotification",
        ]
    }

    /// `TriggerMessageStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
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

    /// `ReservationStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ReservationStatus: OCPPEnumeration {
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

    /// `CancelReservationStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
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

    /// `ChargingProfilePurposeType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargingProfilePurposeType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let chargePointMaxProfile = Self(rawValue: "ChargePointMaxProfile")
        public static let txDefaultProfile = Self(rawValue: "TxDefaultProfile")
        public static let txProfile = Self(rawValue: "TxProfile")

        public static let allRawValues = [
            "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile",
        ]
    }

    /// `ChargingProfileKindType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargingProfileKindType: OCPPEnumeration {
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

    /// `RecurrencyKindType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct RecurrencyKindType: OCPPEnumeration {
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

    /// `ChargingRateUnitType` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargingRateUnitType: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let a = Self(rawValue: "A")
        public static let w = Self(rawValue: "W")

        public static let allRawValues = [
            "A", "W",
        ]
    }

    /// `ChargingProfileStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ChargingProfileStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let notSupported = Self(rawValue: "NotSupported")

        public static let allRawValues = [
            "Accepted", "Rejected", "NotSupported",
        ]
    }

    /// `ClearChargingProfileStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ClearChargingProfileStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let unknown = Self(rawValue: "Unknown")

        public static let allRawValues = [
            "Accepted", "Unknown",
        ]
    }

    /// `ConfigurationStatus` (OCPP 1.6 §7); open: unknown values are kept as read.
    public struct ConfigurationStatus: OCPPEnumeration {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accepted = Self(rawValue: "Accepted")
        public static let rejected = Self(rawValue: "Rejected")
        public static let rebootRequired = Self(rawValue: "RebootRequired")
        public static let notSupported = Self(rawValue: "NotSupported")

        public static let allRawValues = [
            "Accepted", "Rejected", "RebootRequired", "NotSupported",
        ]
    }
}
