public import Foundation

extension OCPP16 {
    /// `IdTagInfo` (OCPP 1.6 §7).
    public struct IdTagInfo: OCPPPayload {
        public var expiryDate: Date?
        public var parentIdTag: String?
        public var status: AuthorizationStatus

        public init(status: AuthorizationStatus, expiryDate: Date? = nil, parentIdTag: String? = nil) {
            self.expiryDate = expiryDate
            self.parentIdTag = parentIdTag
            self.status = status
        }
    }

    /// `SampledValue` (OCPP 1.6 §7).
    public struct SampledValue: OCPPPayload {
        public var value: String
        public var context: ReadingContext?
        public var format: ValueFormat?
        public var measurand: Measurand?
        public var phase: Phase?
        public var location: Location?
        public var unit: UnitOfMeasure?

        public init(
            value: String,
            context: ReadingContext? = nil,
            format: ValueFormat? = nil,
            measurand: Measurand? = nil,
            phase: Phase? = nil,
            location: Location? = nil,
            unit: UnitOfMeasure? = nil
        ) {
            self.value = value
            self.context = context
            self.format = format
            self.measurand = measurand
            self.phase = phase
            self.location = location
            self.unit = unit
        }
    }

    /// `MeterValue` (OCPP 1.6 §7).
    public struct MeterValue: OCPPPayload {
        public var timestamp: Date
        public var sampledValue: [SampledValue]

        public init(timestamp: Date, sampledValue: [SampledValue]) {
            self.timestamp = timestamp
            self.sampledValue = sampledValue
        }
    }

    /// `ChargingSchedulePeriod` (OCPP 1.6 §7).
    public struct ChargingSchedulePeriod: OCPPPayload {
        public var startPeriod: Int
        public var limit: Decimal
        public var numberPhases: Int?

        public init(startPeriod: Int, limit: Decimal, numberPhases: Int? = nil) {
            self.startPeriod = startPeriod
            self.limit = limit
            self.numberPhases = numberPhases
        }
    }

    /// `ChargingSchedule` (OCPP 1.6 §7).
    public struct ChargingSchedule: OCPPPayload {
        public var duration: Int?
        public var startSchedule: Date?
        public var chargingRateUnit: ChargingRateUnitType
        public var chargingSchedulePeriod: [ChargingSchedulePeriod]
        public var minChargingRate: Decimal?

        public init(
            chargingRateUnit: ChargingRateUnitType,
            chargingSchedulePeriod: [ChargingSchedulePeriod],
            duration: Int? = nil,
            startSchedule: Date? = nil,
            minChargingRate: Decimal? = nil
        ) {
            self.duration = duration
            self.startSchedule = startSchedule
            self.chargingRateUnit = chargingRateUnit
            self.chargingSchedulePeriod = chargingSchedulePeriod
            self.minChargingRate = minChargingRate
        }
    }

    /// `ChargingProfile` (OCPP 1.6 §7).
    public struct ChargingProfile: OCPPPayload {
        public var chargingProfileId: Int
        public var transactionId: Int?
        public var stackLevel: Int
        public var chargingProfilePurpose: ChargingProfilePurposeType
        public var chargingProfileKind: ChargingProfileKindType
        public var recurrencyKind: RecurrencyKindType?
        public var validFrom: Date?
        public var validTo: Date?
        public var chargingSchedule: ChargingSchedule

        public init(
            chargingProfileId: Int,
            stackLevel: Int,
            chargingProfilePurpose: ChargingProfilePurposeType,
            chargingProfileKind: ChargingProfileKindType,
            chargingSchedule: ChargingSchedule,
            transactionId: Int? = nil,
            recurrencyKind: RecurrencyKindType? = nil,
            validFrom: Date? = nil,
            validTo: Date? = nil
        ) {
            self.chargingProfileId = chargingProfileId
            self.transactionId = transactionId
            self.stackLevel = stackLevel
            self.chargingProfilePurpose = chargingProfilePurpose
            self.chargingProfileKind = chargingProfileKind
            self.recurrencyKind = recurrencyKind
            self.validFrom = validFrom
            self.validTo = validTo
            self.chargingSchedule = chargingSchedule
        }
    }

    /// `KeyValue` (OCPP 1.6 §7).
    public struct KeyValue: OCPPPayload {
        public var key: String
        public var readonly: Bool
        public var value: String?

        public init(key: String, readonly: Bool, value: String? = nil) {
            self.key = key
            self.readonly = readonly
            self.value = value
        }
    }
}
